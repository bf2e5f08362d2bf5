package io.membership.notificationservice.config;

import io.membership.platform.links.InvitationLinkTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
public class NotificationServiceConfiguration {

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }

    /** Fails the start when the secret is missing or short: links signed with a guessable key are worse than none. */
    @Bean
    public InvitationLinkTokens invitationLinkTokens(@Value("${membership.invitation.link-secret:}") String secret) {
        return new InvitationLinkTokens(secret);
    }
}
