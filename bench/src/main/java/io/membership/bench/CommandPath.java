package io.membership.bench;

import io.membership.launcher.JsonHttp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Phase 2, the command path: {@code POST /workspaces} over REST, one CreateWorkspace command per request into the
 * Workspace aggregate, appended to membership-service's Mongo event store (then relayed to Kafka and projected,
 * as in production) and answered 201 once the append is done; 1 and N client threads.
 */
final class CommandPath {

    static final String PHASE = "2 command";

    private final Client client;
    private final Results results;
    private final Duration window;
    private final Duration warmup;

    CommandPath(Client client, Results results, Duration window, Duration warmup) {
        this.client = client;
        this.results = results;
        this.window = window;
        this.warmup = warmup;
    }

    void run(int threads) throws InterruptedException {
        Client.Account owner = client.owner("commands");
        measure(owner, 1, warmup, false);
        measure(owner, 1, window, true);
        measure(owner, threads, warmup, false);
        measure(owner, threads, window, true);
    }

    private void measure(Client.Account owner, int threads, Duration duration, boolean report)
            throws InterruptedException {
        Latencies latencies = new Latencies(1_000_000);
        AtomicLong counter = new AtomicLong();
        Deadline deadline = Deadline.in(duration);
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                while (!deadline.passed()) {
                    long t0 = System.nanoTime();
                    try {
                        JsonHttp.Response response = client.createWorkspace(owner,
                                "Bench " + counter.incrementAndGet(), 10);
                        if (response.status() == 201) {
                            latencies.record(System.nanoTime() - t0);
                        } else {
                            latencies.error();
                        }
                    } catch (RuntimeException e) {
                        latencies.error();
                    }
                }
            }, "command-" + t);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join(duration.toMillis() + 60_000);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (report) {
            results.add(PHASE, "POST /workspaces, " + threads + " client thread" + (threads == 1 ? "" : "s"),
                    latencies.count() / seconds, "commands/s", latencies.errors(),
                    "p50 " + Results.format(latencies.millis(0.5)) + " ms, p99 "
                            + Results.format(latencies.millis(0.99)) + " ms");
        }
    }
}
