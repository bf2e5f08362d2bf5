package io.membership.bench;

import io.membership.launcher.JsonHttp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Phase 3, the whole invite saga over REST: {@code POST /workspaces/{ws}/invitations} → seat reserved →
 * InvitationSent → email in the inbox → the members page shows Wait with the email delivered. Run twice: with a
 * fixed number of invitations in flight (the sustained rate), then paced at a fixed rate (the latency target).
 */
final class SagaBench {

    static final String PHASE = "3 saga";
    private static final Duration DRAIN = Duration.ofSeconds(60);
    private static final int MAX_PENDING = 20_000;

    private static final class Invite {
        final String email;
        final String workspace;
        final long startNanos;
        volatile String invitationId;
        volatile long emailNanos;
        volatile long shownNanos;
        volatile long shownWallMillis;

        Invite(String email, String workspace, long startNanos) {
            this.email = email;
            this.workspace = workspace;
            this.startNanos = startNanos;
        }
    }

    private final Client client;
    private final SagaProbe probe;
    private final Results results;
    private final AtomicLong sequence = new AtomicLong();
    private final MongoCommands mongoCommands = new MongoCommands();
    private final ListenerTime listenerTime = new ListenerTime();
    private Map<String, String> serviceUrls = Map.of();
    private java.util.Collection<Long> measuredPids = List.of();

    /** With the system's process ids, the CPU time per invite is reported too. */
    SagaBench withCpuOf(java.util.Collection<Long> pids) {
        this.measuredPids = pids;
        return this;
    }

    /** With service URLs, the Mongo commands per invite are reported for each of them. */
    SagaBench withMongoCommandsOf(Map<String, String> urls) {
        this.serviceUrls = urls;
        return this;
    }

    SagaBench(Client client, SagaProbe probe, Results results) {
        this.client = client;
        this.probe = probe;
        this.results = results;
    }

    /** Closed loop: at most {@code inFlight} invitations between POST and members page; returns invites/s. */
    double closedLoop(String label, int inFlight, Duration window, boolean report) throws InterruptedException {
        return closedLoop(label, inFlight, 1, window, report);
    }

    /** The same, the invitations spread round-robin over {@code workspaceCount} workspaces of one owner. */
    double closedLoop(String label, int inFlight, int workspaceCount, Duration window, boolean report)
            throws InterruptedException {
        Client.Account owner = client.owner("saga");
        List<String> workspaces = new ArrayList<>();
        for (int w = 0; w < workspaceCount; w++) {
            workspaces.add(client.workspace(owner, "Saga " + label + " " + w, 100_000));
        }
        workspaces.forEach(w -> client.awaitVisible(owner, w));
        Semaphore permits = new Semaphore(inFlight);
        Map<String, Invite> invites = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        Latencies post = new Latencies(1_000_000);
        Deadline deadline = Deadline.in(window);
        List<Thread> inviters = new ArrayList<>();
        int threads = Math.min(inFlight, 8);
        for (int t = 0; t < threads; t++) {
            inviters.add(start("inviter-" + t, () -> {
                while (!deadline.passed()) {
                    try {
                        if (!permits.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                            continue;
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                    String workspace = workspaces.get((int) (sequence.get() % workspaces.size()));
                    if (!send(owner, workspace, System.nanoTime(), invites, post, errors)) {
                        permits.release();
                    }
                }
            }));
        }
        return watch(label, owner, invites, inviters, permits, post, errors, report, window);
    }

    /** Open loop: invitations started at a fixed rate, latency counted from the planned start. */
    double paced(String label, double perSecond, Duration window, boolean report) throws InterruptedException {
        Client.Account owner = client.owner("paced");
        String workspace = client.workspace(owner, "Paced " + label, 100_000);
        client.awaitVisible(owner, workspace);
        Map<String, Invite> invites = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        Latencies post = new Latencies(1_000_000);
        long begin = System.nanoTime();
        long total = (long) (perSecond * window.toSeconds());
        long interval = (long) (1e9 / perSecond);
        int threads = 8;
        List<Thread> inviters = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            inviters.add(start("paced-" + t, () -> {
                for (long k = offset; k < total; k += threads) {
                    long planned = begin + k * interval;
                    long wait = planned - System.nanoTime();
                    if (wait > 0) {
                        Deadline.pause(wait / 1_000_000);
                    }
                    if (invites.size() > MAX_PENDING) {
                        errors.incrementAndGet();
                        continue;
                    }
                    send(owner, workspace, planned, invites, post, errors);
                }
            }));
        }
        return watch(label, owner, invites, inviters, null, post, errors, report, window);
    }

    private boolean send(Client.Account owner, String workspace, long startNanos, Map<String, Invite> invites,
                         Latencies post, AtomicLong errors) {
        String email = "invitee-" + client.runId + "-" + sequence.incrementAndGet() + "@example.com";
        Invite invite = new Invite(email, workspace, startNanos);
        invites.put(email, invite);
        long t0 = System.nanoTime();
        try {
            JsonHttp.Response response = client.invite(owner, workspace, email);
            if (response.status() == 202) {
                post.record(System.nanoTime() - t0);
                invite.invitationId = response.text("invitationId");
                return true;
            }
            BenchMain.log.warn("invite answered {} {}", response.status(), response.body());
        } catch (RuntimeException e) {
            BenchMain.log.warn("invite failed: {}", e.getMessage());
        }
        invites.remove(email);
        errors.incrementAndGet();
        return false;
    }

    private double watch(String label, Client.Account owner, Map<String, Invite> invites,
                         List<Thread> inviters, Semaphore permits, Latencies post, AtomicLong errors, boolean report,
                         Duration window) throws InterruptedException {
        long begin = System.nanoTime();
        Map<String, Map<String, MongoCommands.Usage>> before = new HashMap<>();
        serviceUrls.forEach((name, url) -> before.put(name, mongoCommands.snapshot(url)));
        double cpuBefore = ProcessCpu.seconds(measuredPids);
        Map<String, Map<String, Double>> listenersBefore = new HashMap<>();
        serviceUrls.forEach((name, url) -> listenersBefore.put(name, listenerTime.snapshot(url)));
        Latencies toEmail = new Latencies(1_000_000);
        Latencies toPage = new Latencies(1_000_000);
        Latencies eventToPage = new Latencies(1_000_000);
        List<Invite> done = new ArrayList<>();
        Deadline hardStop = Deadline.in(window.plus(DRAIN));
        long lastDone = begin;
        while (!hardStop.passed()) {
            boolean inviting = inviters.stream().anyMatch(Thread::isAlive);
            List<Invite> open = invites.values().stream().filter(i -> i.invitationId != null).toList();
            if (!inviting && open.isEmpty() && invites.isEmpty()) {
                break;
            }
            List<String> noEmail = open.stream().filter(i -> i.emailNanos == 0).map(i -> i.email).toList();
            if (!noEmail.isEmpty()) {
                Set<String> delivered = probe.delivered(noEmail);
                long now = System.nanoTime();
                for (String email : delivered) {
                    invites.get(email).emailNanos = now;
                }
            }
            Map<String, Map<String, String>> byWorkspace = new HashMap<>();
            open.stream().filter(i -> i.shownNanos == 0)
                    .forEach(i -> byWorkspace.computeIfAbsent(i.workspace, w -> new HashMap<>()).put(i.email, i.invitationId));
            Set<String> shown = new java.util.HashSet<>();
            byWorkspace.forEach((workspace, byEmail) -> shown.addAll(probe.shownAsWaitAndSent(workspace, byEmail)));
            long now = System.nanoTime();
            long wall = System.currentTimeMillis();
            for (Invite invite : open) {
                if (shown.contains(invite.invitationId) && invite.shownNanos == 0) {
                    invite.shownNanos = now;
                    invite.shownWallMillis = wall;
                }
                // the page can show the delivery before this probe's own consumer sees NotificationSent
                if (invite.shownNanos > 0 && invite.emailNanos > 0) {
                    invites.remove(invite.email);
                    done.add(invite);
                    lastDone = now;
                    if (permits != null) {
                        permits.release();
                    }
                }
            }
            Thread.sleep(10);
        }
        for (Thread inviter : inviters) {
            inviter.join(10_000);
        }
        long incomplete = invites.size();
        for (Invite invite : done) {
            toPage.record(invite.shownNanos - invite.startNanos);
            if (invite.emailNanos > 0) {
                toEmail.record(invite.emailNanos - invite.startNanos);
            } else {
                toEmail.error();
            }
            Long sentAt = probe.notificationSentAt(invite.invitationId);
            if (sentAt != null) {
                eventToPage.record(Math.max(0, invite.shownWallMillis - sentAt) * 1_000_000);
            } else {
                eventToPage.error();
            }
        }
        double cpuSeconds = ProcessCpu.seconds(measuredPids) - cpuBefore;
        long restErrors = verifyOverRest(owner, done);
        double seconds = (lastDone - begin) / 1e9;
        double rate = seconds <= 0 ? 0 : done.size() / seconds;
        if (report) {
            long allErrors = errors.get() + incomplete + restErrors;
            results.add(PHASE, label + ": invites completed", done.size(), "invites", allErrors,
                    "errors = " + errors.get() + " HTTP, " + incomplete + " not both emailed and on the page within "
                            + DRAIN.toSeconds() + " s after the window, " + restErrors + " REST check misses");
            results.add(PHASE, label + ": sustained rate", rate, "invites/s", allErrors, null);
            percentiles(label + ": POST invite (HTTP 202)", post);
            percentiles(label + ": invite -> email in inbox", toEmail);
            percentiles(label + ": invite -> members page Wait+sent", toPage);
            percentiles(label + ": NotificationSent -> members page", eventToPage);
            reportMongoCommands(label, before, done.size());
            reportListenerBusy(label, listenersBefore, (System.nanoTime() - begin) / 1e9);
            if (!measuredPids.isEmpty() && !done.isEmpty()) {
                results.add(PHASE, label + ": CPU time per invite", cpuSeconds * 1000 / done.size(), "ms", 0,
                        "user + system of " + measuredPids.size() + " process(es) under test, while inviting and "
                                + "draining; " + Results.format(cpuSeconds / Math.max(seconds, 1e-9))
                                + " cores busy on average");
            }
        }
        return rate;
    }

    private void reportMongoCommands(String label, Map<String, Map<String, MongoCommands.Usage>> before,
                                     int invites) {
        if (invites == 0) {
            return;
        }
        serviceUrls.forEach((name, url) -> {
            Map<String, MongoCommands.Usage> diff = MongoCommands.difference(mongoCommands.snapshot(url),
                    before.get(name));
            double count = diff.values().stream().mapToDouble(MongoCommands.Usage::count).sum();
            double seconds = diff.values().stream().mapToDouble(MongoCommands.Usage::seconds).sum();
            String top = diff.entrySet().stream()
                    .sorted((a, b) -> Double.compare(b.getValue().seconds(), a.getValue().seconds())).limit(8)
                    .map(e -> e.getKey() + " " + Results.format(e.getValue().count() / invites) + "x/"
                            + Results.format(e.getValue().seconds() * 1000 / invites) + "ms")
                    .reduce((a, b) -> a + ", " + b).orElse("");
            results.add(PHASE, label + ": " + name + " Mongo commands per invite", count / invites, "commands",
                    0, Results.format(seconds * 1000 / invites) + " ms driver time per invite; top: " + top);
        });
    }

    private void reportListenerBusy(String label, Map<String, Map<String, Double>> before, double seconds) {
        serviceUrls.forEach((name, url) -> {
            Map<String, Double> start = before.getOrDefault(name, Map.of());
            List<Map.Entry<String, Double>> shares = listenerTime.snapshot(url).entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), (e.getValue() - start.getOrDefault(e.getKey(), 0.0)) / seconds))
                    .sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).toList();
            String detail = shares.stream().map(e -> e.getKey() + " " + Results.format(e.getValue() * 100) + "%")
                    .reduce((a, b) -> a + ", " + b).orElse("");
            double busiest = shares.isEmpty() ? 0 : shares.get(0).getValue();
            results.add(PHASE, label + ": " + name + " busiest Kafka listener", busiest * 100, "% busy", 0, detail);
        });
    }

    private void percentiles(String metric, Latencies latencies) {
        results.add(PHASE, metric + " p50", latencies.millis(0.5), "ms", latencies.errors(), null);
        results.add(PHASE, metric + " p95", latencies.millis(0.95), "ms", latencies.errors(), null);
        results.add(PHASE, metric + " p99", latencies.millis(0.99), "ms", latencies.errors(),
                "n=" + latencies.count());
    }

    /** The read model was watched directly; the page itself must agree, checked over REST for a sample. */
    private long verifyOverRest(Client.Account owner, List<Invite> done) {
        long misses = 0;
        int step = Math.max(1, done.size() / 20);
        for (int i = 0; i < done.size(); i += step) {
            Invite invite = done.get(i);
            JsonHttp.Response page = client.members(owner, invite.workspace, "?search=" + invite.email);
            boolean wait = page.status() == 200 && page.body().path("items").findValues("email").stream()
                    .anyMatch(e -> e.asText().equalsIgnoreCase(invite.email))
                    && page.body().path("items").findValuesAsText("guidance").contains("Wait");
            if (!wait) {
                misses++;
                BenchMain.log.warn("members page does not show {} as Wait: {} {}", invite.email, page.status(),
                        page.body());
            }
        }
        return misses;
    }

    private static Thread start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
