package io.membership.invitationservice.invitation.web;

/** Both fields are secrets: they never appear in toString, logs or errors. */
public record AcceptRequest(String token, String password) {
    @Override
    public String toString() {
        return "AcceptRequest[token=<redacted>, password=<redacted>]";
    }
}
