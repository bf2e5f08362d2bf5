package io.membership.notificationservice.delivery;

import io.membership.notificationservice.delivery.store.SendingState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Pauses and resumes sending for every instance: the flag lives in Mongo, each instance follows it within
 * {@code membership.mail.pause-sync}. Paused, the Kafka consumers stop fetching (events wait on their topics) and
 * the reminder poller stops firing (reminders wait in their schedule); nothing is dropped, all of it goes out on
 * resume. {@code membership.mail.paused=true} pauses at start; left false it keeps whatever was last decided.
 */
@Component
public class SendingSwitch {

    private static final Logger log = LoggerFactory.getLogger(SendingSwitch.class);

    private final SendingState state;
    private final KafkaListenerEndpointRegistry listeners;
    private final Clock clock;
    private volatile boolean paused;

    public SendingSwitch(SendingState state, KafkaListenerEndpointRegistry listeners, MeterRegistry meters,
                         Clock clock, @Value("${membership.mail.paused:false}") boolean pausedAtStart) {
        this.state = state;
        this.listeners = listeners;
        this.clock = clock;
        if (pausedAtStart) {
            state.set(true, "configuration", clock.instant());
        }
        this.paused = state.paused();
        Gauge.builder("emails.sending.paused", this, s -> s.paused ? 1 : 0)
                .description("1 while sending is paused").register(meters);
    }

    public boolean paused() {
        return paused;
    }

    public synchronized void pause(String by) {
        state.set(true, by, clock.instant());
        apply(true);
        log.warn("sending paused by {}", by);
    }

    public synchronized void resume(String by) {
        state.set(false, by, clock.instant());
        apply(false);
        log.warn("sending resumed by {}", by);
    }

    /** Synchronized with pause / resume: a read from before a switch must not undo it. */
    @Scheduled(initialDelay = 0, fixedDelayString = "${membership.mail.pause-sync:5s}")
    public synchronized void follow() {
        try {
            apply(state.paused());
        } catch (RuntimeException e) {
            log.warn("could not read the sending switch: {}", e.toString());
        }
    }

    private void apply(boolean pause) {
        paused = pause;
        listeners.getListenerContainers().forEach(container -> {
            if (pause && !container.isPauseRequested()) {
                container.pause();
            } else if (!pause && container.isPauseRequested()) {
                container.resume();
            }
        });
    }
}
