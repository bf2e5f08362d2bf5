package io.membership.membershipservice.workspace.command;

import io.membership.platform.errors.ApiException;
import io.membership.platform.errors.RuleViolation;
import org.springframework.http.HttpStatus;

/** How the Workspace aggregate says no. Unknown ids and workspaces the actor is not in answer 404 alike. */
final class Refusals {

    private Refusals() {
    }

    static ApiException workspaceNotFound() {
        return ApiException.notFound("workspace");
    }

    static ApiException memberNotFound() {
        return ApiException.notFound("member");
    }

    static ApiException productNotFound() {
        return ApiException.notFound("product");
    }

    static ApiException notAnAdministrator() {
        return ApiException.forbidden("only an owner or an admin of the workspace can do this");
    }

    static ApiException notTheOwner() {
        return ApiException.forbidden("only the owner of the workspace can do this");
    }

    static ApiException ownerProtected() {
        return new ApiException(HttpStatus.FORBIDDEN, "owner-protected",
                "nobody can demote, revoke or remove the owner; transfer the ownership first");
    }

    static RuleViolation rule(String code, String message) {
        return new RuleViolation(code, message);
    }
}
