package io.membership.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.membership.infra.EmbeddedInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Runs every phase once, in order, against one system so the ratios hold on a noisy machine, then prints one table
 * and writes the same figures as JSON under bench/results/. Start it with {@code bench/run}.
 */
public final class BenchMain {

    static final Logger log = LoggerFactory.getLogger("io.membership.bench");
    private static final Duration WARMUP = Duration.ofSeconds(3);
    private static final Duration SETTLE = Duration.ofMinutes(3);

    public static void main(String[] args) throws Exception {
        if (java.util.Arrays.asList(args).contains("--faults")) {
            io.membership.bench.faults.FaultHarness.main(args); // the fault harness (docs/reliability.md)
            return;
        }
        BenchOptions options = BenchOptions.parse(args);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Results results = new Results();
        describe(results, options);
        log.info("starting the system under test ({})", options.remote() ? "given URLs" : "embedded default");
        try (Target target = Target.start(options)) {
            Client client = new Client(target);
            if (options.runs(RawLimits.PHASE)) {
                results.phaseStarts(RawLimits.PHASE);
                if (target.colocated()) {
                    // the same servers, started here: the raw documents must not sit in the measured stack's heap
                    try (EmbeddedInfrastructure raw = EmbeddedInfrastructure.builder()
                            .dataDirectory(options.dataDir().resolve("raw")).start()) {
                        new RawLimits(raw.mongoUri(), raw.kafkaBootstrapServers(), results, options.window(), WARMUP)
                                .run();
                    }
                } else {
                    new RawLimits(target, results, options.window(), WARMUP).run();
                }
            }
            if (options.runs(CommandPath.PHASE)) {
                results.phaseStarts(CommandPath.PHASE);
                new CommandPath(client, results, options.window(), WARMUP).run(options.threads());
            }
            Quiescence quiet = new Quiescence(target, results);
            Map<String, Long> pids = target.servicePids();
            results.context("servicePids", pids);
            try (ServiceMemory memory = new ServiceMemory(target.serviceUrls(), pids);
                 SagaProbe probe = new SagaProbe(target, "query")) {
                if (options.runs(SagaBench.PHASE)) {
                    quiet.await(SagaBench.PHASE, SETTLE);
                    results.phaseStarts(SagaBench.PHASE);
                    SagaBench saga = new SagaBench(client, probe, results).withMongoCommandsOf(target.metricUrls())
                            .withCpuOf(target.colocated() ? pids.values() : List.of());
                    saga.closedLoop("warm-up", options.sagaConcurrency(), Duration.ofSeconds(10), false);
                    Map<String, Long> recorded = new java.util.LinkedHashMap<>(pids);
                    recorded.put("bench-and-embedded-infrastructure", ProcessHandle.current().pid());
                    FlightRecorder jfr = options.jfr() && target.embedded()
                            ? new FlightRecorder(recorded, options.resultsDir().resolve("jfr"), stamp) : null;
                    if (jfr != null) {
                        jfr.start();
                    }
                    double sustained = saga.closedLoop(options.sagaConcurrency() + " in flight",
                            options.sagaConcurrency(), options.sagaWindow(), true);
                    if (jfr != null) {
                        results.context("jfr", jfr.stop().stream().map(Path::toString).toList());
                    }
                    if (options.sagaWorkspaces() > 1) {
                        saga.closedLoop(options.sagaConcurrency() + " in flight over " + options.sagaWorkspaces()
                                + " workspaces", options.sagaConcurrency(), options.sagaWorkspaces(),
                                options.sagaWindow(), true);
                    }
                    double rate = Math.max(1, Math.min(100, Math.floor(sustained * 0.8)));
                    saga.paced("paced " + (int) rate + "/s", rate, options.sagaWindow(), true);
                }
                if (options.runs(MembersBench.PHASE)) {
                    quiet.await(MembersBench.PHASE, SETTLE);
                    results.phaseStarts(MembersBench.PHASE);
                    new MembersBench(client, target, results, options.window()).run(options.members());
                }
                if (options.runs(Rebuild.PHASE)) {
                    quiet.await(Rebuild.PHASE, SETTLE);
                    results.phaseStarts(Rebuild.PHASE);
                    if (target.embedded()) {
                        new Rebuild(target, results, memory, client.runId).run();
                    } else {
                        results.add(Rebuild.PHASE, "rebuild", Double.NaN, "events/s", 0,
                                "not measured against given URLs (needs to start a query-service here)");
                    }
                }
                memory.peaks().forEach((name, peak) -> {
                    results.add("6 memory", name + " peak heap used", peak.heapMb(), "MB", 0,
                            "Prometheus jvm_memory_used_bytes{area=heap}, sampled every 500 ms; "
                                    + (target.colocated() ? "bin/start's JVM settings" : "-Xmx384m"));
                    results.add("6 memory", name + " peak RSS", Math.max(peak.rssMb(), peak.hwmMb()), "MB", 0,
                            "/proc VmHWM (reset when sampling started) " + Results.format(peak.hwmMb()) + ", sampled VmRSS "
                                    + Results.format(peak.rssMb()));
                });
            }
            results.phaseStarts("end");
            ratios(results, options.threads());
            KeycloakPeer.compare(results, Path.of("keycloak-invites.json"));
        }
        String table = results.table();
        System.out.println();
        System.out.println(table);
        Path json = results.writeJson(options.resultsDir(), stamp);
        Files.writeString(options.resultsDir().resolve("bench-" + stamp + ".txt"), table);
        System.out.println("written " + json);
        System.exit(0);
    }

    private static void ratios(Results results, int threads) {
        double append = results.value("Mongo append, 1 event per insert (1 thread)");
        double saga = results.value(results.rows().stream().filter(r -> r.metric().endsWith(": sustained rate"))
                .map(Results.Row::metric).findFirst().orElse(""));
        double command1 = results.value("POST /workspaces, 1 client thread");
        double commandN = results.value("POST /workspaces, " + threads + " client threads");
        results.add("ratio", "saga invites/s ÷ raw single Mongo appends/s", saga / append, "x");
        results.add("ratio", "commands/s (1 thread) ÷ raw single Mongo appends/s", command1 / append, "x");
        results.add("ratio", "commands/s (" + threads + " threads) ÷ raw single Mongo appends/s", commandN / append,
                "x");
    }

    private static void describe(Results results, BenchOptions options) {
        results.context("cores", Runtime.getRuntime().availableProcessors());
        results.context("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        results.context("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        results.context("gitCommit", git("rev-parse", "HEAD"));
        results.context("gitDirty", !git("status", "--porcelain").isBlank());
        results.context("target", options.remote() ? "given URLs" : options.colocated()
                ? "embedded default as bin/start runs it: one JVM with in-process Kafka KRaft, mongo-java-server "
                + "(journaled memory, indexed), GreenMail and the four services"
                : "embedded default with the services as child JVMs -Xmx384m SerialGC C1 (bin/start --separate); "
                + "in-process Kafka KRaft, mongo-java-server (journaled memory, indexed), GreenMail in the harness");
        results.context("members", options.members());
        results.context("windowSeconds", options.window().toSeconds());
        results.context("sagaWindowSeconds", options.sagaWindow().toSeconds());
        results.context("threads", options.threads());
        results.context("sagaConcurrency", options.sagaConcurrency());
        results.context("phases", new java.util.TreeSet<>(options.phases()));
        results.context("startedAt", Instant.now().toString());
    }

    private static String git(String... args) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of("git"));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes()).strip();
            return process.waitFor() == 0 ? out : "unknown";
        } catch (Exception e) {
            return "unknown";
        }
    }

    private BenchMain() {
    }
}
