package io.membership.notificationservice.invitation.mail;

import io.membership.platform.links.InvitationLinkTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The accept link of one invitation attempt, pointing at invitation-service's public address. The token is made
 * here, on demand, and goes nowhere but into the email body.
 */
@Component
public class InvitationLinks {

    private final String publicBaseUrl;
    private final InvitationLinkTokens tokens;

    public InvitationLinks(@Value("${membership.public-base-url:http://localhost:8080}") String publicBaseUrl,
                           InvitationLinkTokens tokens) {
        this.publicBaseUrl = publicBaseUrl.endsWith("/")
                ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        this.tokens = tokens;
    }

    public String acceptLink(UUID invitationId, int attempt) {
        return publicBaseUrl + "/invitations/" + invitationId + "?token=" + tokens.tokenFor(invitationId, attempt);
    }
}
