package io.membership.notificationservice.delivery;

import io.membership.notificationservice.delivery.events.NotificationPublisher;
import io.membership.notificationservice.delivery.mail.EmailDeliveryFailure;
import io.membership.notificationservice.delivery.mail.EmailSender;
import io.membership.notificationservice.delivery.mail.OutgoingEmail;
import io.membership.notificationservice.delivery.store.DeliveryRecord;
import io.membership.notificationservice.delivery.store.DeliveryRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Sends each requested email at most once per (event, recipient, kind) and reports the outcome: claim the delivery
 * record first, send, settle it as SENT or FAILED, publish NotificationSent / NotificationFailed, mark it published.
 * A repeated request resumes wherever the previous one stopped. See DECISION-delivery.md for interrupted sends.
 */
@Service
public class DeliveryProcess {

    private static final Logger log = LoggerFactory.getLogger(DeliveryProcess.class);

    private final DeliveryRecords records;
    private final EmailSender sender;
    private final NotificationPublisher publisher;
    private final DeliveryMetrics metrics;
    private final DeliverySettings settings;
    private final SendingSwitch sending;
    private final Clock clock;

    public DeliveryProcess(DeliveryRecords records, EmailSender sender, NotificationPublisher publisher,
                           DeliveryMetrics metrics, DeliverySettings settings, SendingSwitch sending, Clock clock) {
        this.sending = sending;
        this.records = records;
        this.sender = sender;
        this.publisher = publisher;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    /** {@code email} is rendered only if the email is actually sent now. Refused, untouched, while paused. */
    public void deliver(DeliveryRequest request, Supplier<OutgoingEmail> email) {
        if (sending.paused()) {
            throw new SendingPausedException();
        }
        DeliveryRecords.Claim claim = records.claim(request, clock.instant(), leaseFromNow());
        DeliveryRecord record = claim.record();
        if (claim.fresh()) {
            send(record, request, email);
            return;
        }
        switch (record.status()) {
            case SENT, FAILED -> publishOnce(record);
            case SENDING -> resume(record, request, email);
        }
    }

    private void resume(DeliveryRecord record, DeliveryRequest request, Supplier<OutgoingEmail> email) {
        DeliveryRecord taken = records.takeOver(record.id(), clock.instant(), leaseFromNow())
                .orElseThrow(() -> new DeliveryInProgressException(record.id()));
        if (taken.claims() > settings.maxClaims()) {
            log.warn("delivery {} interrupted {} times; giving up rather than risk more duplicates", taken.id(),
                    taken.claims() - 1);
            settleFailed(taken, request, new EmailDeliveryFailure(
                    "delivery uncertain: interrupted " + (taken.claims() - 1) + " times", false));
            return;
        }
        log.info("delivery {} resumed after an interrupted attempt; the email may arrive twice", taken.id());
        send(taken, request, email);
    }

    private void send(DeliveryRecord record, DeliveryRequest request, Supplier<OutgoingEmail> email) {
        try {
            sender.send(compose(email), attempt -> {
                if (attempt > 1) {
                    metrics.retried(request.kind());
                    records.renewLease(record.id(), leaseFromNow());
                }
            });
        } catch (EmailDeliveryFailure failure) {
            settleFailed(record, request, failure);
            return;
        }
        DeliveryRecord sent = records.markSent(record.id(), clock.instant());
        metrics.sent(request.kind(), Duration.between(request.eventTime(), sent.settledAt()));
        log.info("{} email {} sent (event {})", request.kind(), sent.id(), request.sourceEventId());
        publishOnce(sent);
    }

    private OutgoingEmail compose(Supplier<OutgoingEmail> email) {
        try {
            return email.get();
        } catch (RuntimeException e) {
            log.error("email could not be rendered", e);
            throw new EmailDeliveryFailure("email could not be rendered", true);
        }
    }

    private void settleFailed(DeliveryRecord record, DeliveryRequest request, EmailDeliveryFailure failure) {
        DeliveryRecord failed = records.markFailed(record.id(), failure.reason(), failure.permanent(), clock.instant());
        metrics.failed(request.kind(), failure.permanent());
        log.warn("{} email {} failed ({}): {}", request.kind(), failed.id(),
                failure.permanent() ? "permanent" : "transient", failure.reason());
        publishOnce(failed);
    }

    void publishOnce(DeliveryRecord settled) {
        if (settled.published()) {
            return;
        }
        publisher.publishOutcome(settled);
        records.markPublished(settled.id(), clock.instant());
    }

    private Instant leaseFromNow() {
        return clock.instant().plus(settings.lease());
    }
}
