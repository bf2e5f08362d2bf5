package io.membership.invitationservice.invitation.command;

import io.membership.platform.errors.ApiException;
import io.membership.platform.errors.RuleViolation;
import org.springframework.http.HttpStatus;

/**
 * Refusals of a link. Unknown, wrong, superseded, expired, rejected and used links all get the same answer, so a
 * link holder learns nothing about which case applies.
 */
public final class InvitationRefusals {

    public static ApiException linkNotValid() {
        return new ApiException(HttpStatus.NOT_FOUND, "invitation-not-found",
                "this invitation link is not valid or no longer active; ask the workspace administrator for a new one");
    }

    public static ApiException sentToAnotherEmail() {
        return ApiException.forbidden("this invitation was sent to another email address; "
                + "log in with the invited address to accept it");
    }

    public static ApiException notResendable(InvitationStatus status) {
        return new RuleViolation("invitation-not-live", "only a pending invitation can be resent (this one is "
                + (status == InvitationStatus.SENT ? "EXPIRED" : String.valueOf(status)) + "); invite the member again");
    }

    public static ApiException tooManyAttempts() {
        return new RuleViolation("resend-limit", "this invitation was sent " + Invitation.MAX_ATTEMPTS
                + " times; cancel it and invite the member again");
    }

    public static ApiException notPending(InvitationStatus status) {
        return new RuleViolation("invitation-not-pending", "only a pending invitation can be cancelled (this one is "
                + status + ")");
    }

    private InvitationRefusals() {
    }
}
