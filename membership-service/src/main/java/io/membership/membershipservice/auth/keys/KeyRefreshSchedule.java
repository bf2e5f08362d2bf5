package io.membership.membershipservice.auth.keys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Every instance re-reads the signing keys regularly: that is how it learns of, or makes, the next generation. */
public class KeyRefreshSchedule {

    private static final Logger log = LoggerFactory.getLogger(KeyRefreshSchedule.class);

    private final SigningKeys keys;

    public KeyRefreshSchedule(SigningKeys keys) {
        this.keys = keys;
    }

    @Scheduled(fixedDelayString = "${membership.security.key-refresh-interval:PT1M}",
            initialDelayString = "${membership.security.key-refresh-interval:PT1M}")
    public void refresh() {
        try {
            keys.refresh();
        } catch (RuntimeException e) {
            log.warn("could not refresh the signing keys; keeping the ones loaded: {}", e.toString());
        }
    }
}
