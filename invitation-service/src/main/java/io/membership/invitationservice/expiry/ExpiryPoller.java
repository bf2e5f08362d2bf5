package io.membership.invitationservice.expiry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every {@code membership.invitation.expiry-poll}, expires the due invitations this instance manages to claim. A
 * failed expiry keeps its claim until the lease runs out, then any instance retries it.
 */
public class ExpiryPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExpiryPoller.class);
    private static final int MAX_PER_ROUND = 500;

    private final ExpirySchedule schedule;
    private final InvitationExpirer expirer;
    private final Duration interval;
    private final String owner = UUID.randomUUID().toString();
    private ScheduledExecutorService executor;

    public ExpiryPoller(ExpirySchedule schedule, InvitationExpirer expirer, Duration interval) {
        this.schedule = schedule;
        this.expirer = expirer;
        this.interval = interval;
    }

    /** Expires what is due now; returns how many. Public so tests can drive it without the timer. */
    public int fireDue() {
        int fired = 0;
        while (fired < MAX_PER_ROUND) {
            Optional<UUID> due = schedule.claimNextDue(owner);
            if (due.isEmpty()) {
                break;
            }
            try {
                expirer.expire(due.get());
            } catch (RuntimeException e) {
                log.warn("expiring invitation {} failed, retrying after the lease: {}", due.get(), e.toString());
                break;
            }
            schedule.completed(due.get(), owner);
            fired++;
        }
        return fired;
    }

    private void safelyFireDue() {
        try {
            fireDue();
        } catch (RuntimeException e) {
            log.warn("expiry poll failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "invitation-expiry");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::safelyFireDue, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
