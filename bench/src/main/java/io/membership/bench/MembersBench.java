package io.membership.bench;

import io.membership.contract.Role;
import io.membership.contract.Topics;
import io.membership.contract.membership.MemberAdded;
import io.membership.contract.membership.WorkspaceCreated;
import io.membership.launcher.JsonHttp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Phase 4, the members page in a big workspace. The workspace is seeded the way membership-service would tell it:
 * WorkspaceCreated and one MemberAdded per member published to workspace.membership.events as CloudEvents, so
 * query-service builds the read model itself (nothing is written into it directly). Then the page is read, and the
 * workspace's audit log is read to the end.
 */
final class MembersBench {

    static final String PHASE = "4 query";

    private final Client client;
    private final Target target;
    private final Results results;
    private final Duration window;

    MembersBench(Client client, Target target, Results results, Duration window) {
        this.client = client;
        this.target = target;
        this.results = results;
        this.window = window;
    }

    void run(int members) throws InterruptedException {
        Client.Account owner = client.owner("members");
        UUID workspace = UUID.randomUUID();
        long start = System.nanoTime();
        long publishErrors = seed(owner, workspace, members);
        long total = awaitProjected(owner, workspace, members + 1L);
        double seconds = (System.nanoTime() - start) / 1e9;
        results.add(PHASE, "seed " + members + " members via the topic, live projection", (members + 1) / seconds,
                "events/s", publishErrors + (members + 1 - total), "total on the page " + total + " after "
                        + Results.format(seconds) + " s");
        measurePage(owner, workspace, "?size=50", "members page 1 (50 rows, by email)", members);
        measurePage(owner, workspace, "?size=50&page=" + Math.max(0, members / 100), "members page in the middle",
                members);
        measurePage(owner, workspace, "?size=50&search=member-" + (members / 2) + "-", "members search by email",
                members);
        readAudit(owner, workspace);
        exportAudit(owner, workspace);
    }

    /** The audit export streams the whole log as NDJSON; builds without it answer 404 and get no figure. */
    private void exportAudit(Client.Account owner, UUID workspace) {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        target.queryUrl + "/workspaces/" + workspace + "/audit/export?format=ndjson"))
                .header("Authorization", "Bearer " + owner.token()).timeout(window.multipliedBy(4)).build();
        long start = System.nanoTime();
        try {
            java.net.http.HttpResponse<java.util.stream.Stream<String>> response = http.send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() == 404) {
                response.body().close();
                results.add(PHASE, "audit log export (NDJSON)", Double.NaN, "entries/s", 0,
                        "no export endpoint in the measured build");
                return;
            }
            long lines;
            try (java.util.stream.Stream<String> body = response.body()) {
                lines = body.filter(line -> !line.isBlank()).count();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            results.add(PHASE, "audit log export (NDJSON)", lines / seconds, "entries/s",
                    response.statusCode() == 200 ? 0 : 1, lines + " lines in " + Results.format(seconds) + " s, HTTP "
                            + response.statusCode());
        } catch (Exception e) {
            results.add(PHASE, "audit log export (NDJSON)", Double.NaN, "entries/s", 1, e.toString());
        }
    }

    private long seed(Client.Account owner, UUID workspace, int members) throws InterruptedException {
        AtomicLong errors = new AtomicLong();
        Semaphore inFlight = new Semaphore(10_000);
        String actor = owner.accountId().toString();
        String ws = workspace.toString();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, target.kafkaBootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.CLIENT_ID_CONFIG, "bench-seed"),
                new StringSerializer(), new ByteArraySerializer())) {
            WorkspaceCreated created = new WorkspaceCreated(workspace, "Members bench " + client.runId,
                    owner.accountId(), UUID.randomUUID(), owner.email(), Map.of("workspace", 100_000), "en");
            send(producer, inFlight, errors, ws, Samples.cloudEvent("WorkspaceCreated", workspace, ws, 0, actor,
                    created));
            for (int i = 1; i <= members; i++) {
                MemberAdded added = new MemberAdded(workspace, UUID.randomUUID(),
                        "member-" + i + "-" + client.runId + "@example.com", Set.of(Role.MEMBER));
                send(producer, inFlight, errors, ws, Samples.cloudEvent("MemberAdded", workspace, ws, i, actor,
                        added));
            }
            producer.flush();
        }
        return errors.get();
    }

    private static void send(KafkaProducer<String, byte[]> producer, Semaphore inFlight, AtomicLong errors,
                             String key, byte[] value) throws InterruptedException {
        if (!inFlight.tryAcquire(60, TimeUnit.SECONDS)) {
            errors.incrementAndGet();
            return;
        }
        producer.send(new ProducerRecord<>(Topics.MEMBERSHIP_EVENTS, key, value), (metadata, e) -> {
            if (e != null) {
                errors.incrementAndGet();
            }
            inFlight.release();
        });
    }

    /** Bounded: a minute plus 20 ms per member. */
    private long awaitProjected(Client.Account owner, UUID workspace, long expected) {
        Deadline deadline = Deadline.in(Duration.ofSeconds(60).plusMillis(20 * expected));
        long total = 0;
        int timeouts = 0;
        while (!deadline.passed()) {
            JsonHttp.Response page = membersPage(owner, workspace, "?size=1");
            if (page == null) {
                BenchMain.log.warn("members page did not answer within the client's 30 s ({} time-outs so far)",
                        ++timeouts);
                continue;
            }
            total = page.status() == 200 ? page.body().path("total").asLong() : 0;
            if (total >= expected) {
                return total;
            }
            Deadline.pause(200);
        }
        BenchMain.log.warn("only {} of {} members on the page before the deadline", total, expected);
        return total;
    }

    private void measurePage(Client.Account owner, UUID workspace, String query, String metric, int members) {
        for (int i = 0; i < 30; i++) {
            membersPage(owner, workspace, query);
        }
        Latencies latencies = new Latencies(100_000);
        Deadline deadline = Deadline.in(window.dividedBy(3));
        int requests = 0;
        while (!deadline.passed() && requests < 2_000) {
            requests++;
            long t0 = System.nanoTime();
            JsonHttp.Response page = membersPage(owner, workspace, query);
            if (page != null && page.status() == 200 && !page.body().path("items").isEmpty()) {
                latencies.record(System.nanoTime() - t0);
            } else {
                latencies.error();
            }
        }
        results.add(PHASE, metric + " p50 (" + members + " members)", latencies.millis(0.5), "ms",
                latencies.errors(), null);
        results.add(PHASE, metric + " p99 (" + members + " members)", latencies.millis(0.99), "ms",
                latencies.errors(), "n=" + latencies.count() + ", 1 client thread");
    }

    /** A page, or null when it did not answer in time: counted by the caller, never fatal to the run. */
    private JsonHttp.Response membersPage(Client.Account owner, UUID workspace, String query) {
        try {
            return client.members(owner, workspace.toString(), query);
        } catch (IllegalStateException timedOut) {
            return null;
        }
    }

    private void readAudit(Client.Account owner, UUID workspace) {
        long entries = 0;
        long errors = 0;
        String before = null;
        Deadline deadline = Deadline.in(window.multipliedBy(4));
        long start = System.nanoTime();
        int pages = 0;
        while (!deadline.passed() && pages < 10_000) {
            pages++;
            JsonHttp.Response page = client.audit(owner, workspace.toString(), before);
            if (page.status() != 200) {
                errors++;
                break;
            }
            entries += page.body().path("items").size();
            before = page.body().path("nextBefore").isNull() ? null : page.body().path("nextBefore").asText(null);
            if (before == null) {
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        results.add(PHASE, "audit log read page by page (200 per page)", entries / seconds, "entries/s", errors,
                entries + " entries in " + pages + " pages, " + Results.format(seconds) + " s"
                        + (before != null ? ", NOT finished within the bound" : ""));
    }
}
