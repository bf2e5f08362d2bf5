package io.membership.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Starts a service JVM again when it dies (kill -9, out of memory, a crash), with back-off ({@link Restarts}); logs
 * each death with its exit code and cause, each recovery with its duration, and says so when it gives up.
 */
final class ServiceSupervisor implements AutoCloseable {

    /** Starts the named service and waits until it is healthy; returns the new process. */
    interface Starter {
        ServiceProcess start(String name) throws Exception;
    }

    private static final Logger log = LoggerFactory.getLogger(ServiceSupervisor.class);

    private final Starter starter;
    private final Consumer<ServiceProcess> replaced;
    private final Map<String, Restarts> restarts = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "service-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closing;

    ServiceSupervisor(Starter starter, Consumer<ServiceProcess> replaced) {
        this.starter = starter;
        this.replaced = replaced;
    }

    void watch(ServiceProcess service) {
        service.onExit().thenAccept(exitCode -> {
            if (!closing && !service.stoppedOnPurpose()) {
                died(service, exitCode, Duration.between(service.startedAt(), Instant.now()));
            }
        });
    }

    private void died(ServiceProcess service, int exitCode, Duration uptime) {
        Restarts history = restarts.computeIfAbsent(service.name(), name -> new Restarts());
        Duration wait = history.died(uptime);
        if (wait == null) {
            log.error("{} (pid {}) {} after {} s: {} quick deaths in a row, not starting it again; see {}",
                    service.name(), service.pid(), Restarts.cause(exitCode), uptime.toSeconds(),
                    Restarts.MAX_QUICK_DEATHS + 1, service.logFile());
            return;
        }
        log.warn("{} (pid {}) {} after {} s; starting it again in {} s (restart {})", service.name(), service.pid(),
                Restarts.cause(exitCode), uptime.toSeconds(), wait.toSeconds(), history.restarts());
        Instant diedAt = Instant.now();
        scheduler.schedule(() -> restart(service, diedAt), wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restart(ServiceProcess dead, Instant diedAt) {
        if (closing) {
            return;
        }
        try {
            ServiceProcess fresh = starter.start(dead.name());
            replaced.accept(fresh);
            watch(fresh);
            log.info("{} is back (pid {}), {} ms after it died", fresh.name(), fresh.pid(),
                    Duration.between(diedAt, Instant.now()).toMillis());
        } catch (Exception e) {
            log.warn("{} did not come back: {}", dead.name(), e.getMessage());
            died(dead, -1, Duration.ZERO);
        }
    }

    @Override
    public void close() {
        closing = true;
        scheduler.shutdownNow();
    }
}
