package io.membership.invitationservice.invitation.command;

import io.membership.platform.errors.ApiException;
import io.membership.platform.errors.RuleViolation;
import org.springframework.http.HttpStatus;

/**
 * Refusals of a link. Unknown and forged links all get the same answer, so a guesser learns nothing. A genuine link
 * that no longer opens (its token is one this service issued) gets the same status and type plus a {@code reason}
 * member, so the invitee's page can say what to do: decision 015.
 */
public final class InvitationRefusals {

    public static ApiException linkNotValid() {
        return new ApiException(HttpStatus.NOT_FOUND, "invitation-not-found",
                "this invitation link is not valid or no longer active; ask the workspace administrator for a new one");
    }

    /**
     * For the holder of a genuine link: {@code reason} is expired, accepted, cancelled, revoked, rejected or
     * replaced; {@code locale} is the invitation's language, so the page that says so speaks it.
     */
    public static ApiException linkNoLongerActive(String reason, String locale) {
        ApiException refusal = linkNotValid().with("reason", reason);
        return locale == null ? refusal : refusal.with("locale", locale);
    }

    /** Another accept of the same link is under way (a double click, a second device): it decides, this one waits. */
    public static ApiException acceptanceInProgress() {
        return ApiException.conflict("acceptance-in-progress", "this invitation is being accepted right now, in "
                + "another window or on another device; wait a moment and open the link again");
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
