package io.membership.notificationservice.delivery;

import io.membership.notificationservice.delivery.store.DeliveryRecord;
import io.membership.notificationservice.delivery.store.DeliveryRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Publishes outcomes that were settled but never published because the broker failed longer than the consumer kept
 * retrying. Runs on a schedule; a republished outcome carries its original event id.
 */
@Component
public class UnpublishedOutcomesSweep {

    private static final Logger log = LoggerFactory.getLogger(UnpublishedOutcomesSweep.class);
    private static final int BATCH = 100;

    private final DeliveryRecords records;
    private final DeliveryProcess process;
    private final DeliverySettings settings;
    private final Clock clock;

    public UnpublishedOutcomesSweep(DeliveryRecords records, DeliveryProcess process, DeliverySettings settings,
                                    Clock clock) {
        this.records = records;
        this.process = process;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${membership.notification.delivery.sweep-interval:1m}",
            fixedDelayString = "${membership.notification.delivery.sweep-interval:1m}")
    public void sweep() {
        int published = 0;
        for (DeliveryRecord record : records.unpublished(clock.instant().minus(settings.republishAfter()), BATCH)) {
            try {
                process.publishOnce(record);
                published++;
            } catch (RuntimeException e) {
                log.warn("outcome of delivery {} still not published: {}", record.id(), e.getMessage());
                return;
            }
        }
        if (published > 0) {
            log.info("published {} outcome(s) left over from earlier failures", published);
        }
    }
}
