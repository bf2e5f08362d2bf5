package io.membership.bench.faults;

import io.membership.launcher.RunningSystem;
import io.membership.launcher.ServiceProcess;

import java.time.Duration;
import java.time.Instant;

/** One fault of the harness: it begins, invitations keep coming, it ends once the broken part is back. */
interface Fault {

    String name();

    void begin() throws Exception;

    /** Returns once the broken part is back (healthy again, or started again). */
    void end() throws Exception;

    interface Action {
        void run() throws Exception;
    }

    /** kill -9 of a service JVM; the launcher's supervisor starts it again. */
    static Fault kill(RunningSystem system, String service) {
        return dies("kill -9 " + service, system, service, ServiceProcess::kill);
    }

    /** A service JVM's heap filled until it runs out of memory and exits; its supervisor starts it again. */
    static Fault heapFull(RunningSystem system, String service) {
        return dies("heap of " + service + " filled", system, service, victim -> {
            try {
                HeapFiller.fill(victim.pid());
            } catch (Exception e) {
                throw new IllegalStateException("could not load the heap filler into " + service, e);
            }
        });
    }

    private static Fault dies(String name, RunningSystem system, String service,
                              java.util.function.Consumer<ServiceProcess> death) {
        return new Fault() {
            private long killed;

            @Override
            public String name() {
                return name;
            }

            @Override
            public void begin() {
                ServiceProcess victim = system.service(service);
                killed = victim.pid();
                death.accept(victim);
            }

            @Override
            public void end() {
                Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
                while (system.service(service).pid() == killed) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException(service + " was not started again");
                    }
                    pause(Duration.ofMillis(200));
                }
                system.service(service).awaitHealthy(Duration.ofMinutes(3));
            }
        };
    }

    /**
     * A part of the infrastructure stopped, and started again {@code outage} later on a thread of its own: the
     * invitations sent meanwhile may wait for it (with MongoDB down the API cannot accept one).
     */
    static Fault restart(String name, Duration outage, Action stop, Action start) {
        return new Fault() {
            private java.util.concurrent.CompletableFuture<Void> restarted;

            @Override
            public String name() {
                return name;
            }

            @Override
            public void begin() throws Exception {
                stop.run();
                restarted = java.util.concurrent.CompletableFuture.runAsync(() -> {
                    pause(outage); // the outage itself is the fault being measured
                    try {
                        start.run();
                    } catch (Exception e) {
                        throw new IllegalStateException(name + ": could not start again", e);
                    }
                });
            }

            @Override
            public void end() throws Exception {
                restarted.get(5, java.util.concurrent.TimeUnit.MINUTES);
            }
        };
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
