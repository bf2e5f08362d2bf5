package io.membership.invitationservice.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code membership.invitation.*}: how long links live, how often expiries are polled, how long a claimed expiry
 * stays with its instance, the link secret (shared with notification-service), how long an invite waits for the
 * directory to learn about a new workspace or member, and how many link requests one client may make per minute.
 */
@ConfigurationProperties("membership.invitation")
public record InvitationSettings(Duration expiry, Duration expiryPoll, Duration expiryLease, String linkSecret,
                                 Duration directoryWait, int linkRequestsPerMinute) {
    public InvitationSettings {
        expiry = expiry == null ? Duration.ofDays(7) : expiry;
        expiryPoll = expiryPoll == null ? Duration.ofSeconds(1) : expiryPoll;
        expiryLease = expiryLease == null ? Duration.ofSeconds(30) : expiryLease;
        directoryWait = directoryWait == null ? Duration.ofSeconds(3) : directoryWait;
        linkRequestsPerMinute = linkRequestsPerMinute <= 0 ? 60 : linkRequestsPerMinute;
    }
}
