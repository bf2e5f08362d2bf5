package io.membership.bench.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.membership.infra.EmbeddedInfrastructure;
import io.membership.launcher.InvitationFlow;
import io.membership.launcher.JsonHttp;
import io.membership.launcher.RunningSystem;
import io.membership.launcher.ServicePorts;
import io.membership.launcher.Story;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code bench/run --faults}: invitations flow through the gateway of a {@code --separate} system while, in turn, each
 * service JVM is killed with SIGKILL, one runs out of heap, the Kafka broker and the MongoDB server are restarted and
 * the SMTP server is stopped for a while. After each fault it counts from outside (the API's answers and the inbox): invitations
 * accepted but never emailed (lost), emailed twice (duplicated), and the time until an invitation sent after the fault
 * began reached the inbox (recovery). During each fault one invitee accepts and the one who joined in the round before
 * gets new roles. At the end: the members pages against what the API accepted (drift: guidance and roles) and the
 * events of each event store against its topic. One table, and JSON under bench/results/.
 */
public final class FaultHarness {

    private static final Logger log = LoggerFactory.getLogger(FaultHarness.class);
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static final int WORKSPACES = 4;

    public record Outcome(String fault, int accepted, List<String> lost, List<String> duplicated, long recoveryMillis) {
    }

    private final EmbeddedInfrastructure infrastructure;
    private final RunningSystem system;
    private final int perPhase;
    private final Duration outage;
    private final String only;
    private final Duration smtpOutage;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final Map<String, Map<String, Consistency.Expected>> expected = new LinkedHashMap<>();
    private final JsonHttp http = new JsonHttp();
    private Story story;
    private String owner;
    /** A member who joined in an earlier round: its roles are changed during the next fault. */
    private Joined lastJoined;

    private record Joined(String workspace, String email, String memberId) {
    }

    private FaultHarness(EmbeddedInfrastructure infrastructure, RunningSystem system, int perPhase, Duration outage,
                         Duration smtpOutage, String only) {
        this.smtpOutage = smtpOutage;
        this.infrastructure = infrastructure;
        this.system = system;
        this.perPhase = perPhase;
        this.outage = outage;
        this.only = only;
    }

    public static void main(String[] args) throws Exception {
        int perPhase = intOption(args, "--per-phase=", 4);
        Duration outage = Duration.ofSeconds(intOption(args, "--outage-seconds=", 15));
        Duration smtpOutage = Duration.ofSeconds(intOption(args, "--smtp-outage-seconds=", 60));
        String only = textOption(args, "--only=", ""); // e.g. --only=kill: the faults whose name contains it
        Path data = Files.createTempDirectory("fault-harness");
        try (EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.builder().dataDirectory(data)
                .kafkaPort(freePort()).mongoPort(freePort()).smtpPort(freePort()).imapPort(freePort()).start();
             RunningSystem system = RunningSystem.start(infrastructure, ServicePorts.free(),
                     Path.of(System.getProperty("services.dir", "launcher/target/services")),
                     Files.createDirectories(data.resolve("logs")), "fault-harness-" + UUID.randomUUID(), Map.of())) {
            FaultHarness harness = new FaultHarness(infrastructure, system, perPhase, outage, smtpOutage, only);
            harness.run();
            harness.report(Path.of("bench", "results"));
        }
    }

    private void run() throws Exception {
        story = new Story(system.gatewayUrl(), system.gatewayUrl(), system.gatewayUrl(),
                infrastructure.inbox(), line -> { });
        String ownerEmail = Story.uniqueEmail("faults-owner");
        story.register(ownerEmail, "fault harness owner");
        owner = story.logIn(ownerEmail, "fault harness owner");
        List<String> workspaces = new ArrayList<>();
        for (int i = 0; i < WORKSPACES; i++) {
            workspaces.add(story.createWorkspace(owner, "Faults " + i, 200));
        }
        List<Fault> faults = List.of(
                Fault.kill(system, "membership-service"), Fault.kill(system, "invitation-service"),
                Fault.kill(system, "notification-service"), Fault.kill(system, "query-service"),
                Fault.kill(system, "gateway"), Fault.heapFull(system, "notification-service"),
                Fault.restart("Kafka broker down " + outage.toSeconds() + " s", outage,
                        () -> infrastructure.kafka().close(), () -> infrastructure.kafka().start()),
                Fault.restart("MongoDB down " + outage.toSeconds() + " s", outage,
                        () -> infrastructure.mongo().close(), () -> infrastructure.mongo().start()),
                Fault.restart("SMTP server down " + smtpOutage.toSeconds() + " s", smtpOutage,
                        () -> infrastructure.mail().close(), () -> infrastructure.mail().start()));
        int round = 0;
        for (Fault fault : faults.stream().filter(f -> f.name().contains(only)).toList()) {
            String workspace = workspaces.get(round++ % WORKSPACES);
            outcomes.add(round(fault, workspace));
            log.info("{}", outcomes.get(outcomes.size() - 1));
        }
    }

    /**
     * Invitations before the fault are counted before it (the embedded SMTP server keeps its inbox in memory), then
     * the fault, invitations during and after it, and their count once the system is back.
     */
    private Outcome round(Fault fault, String workspace) throws Exception {
        InvitationFlow before = new InvitationFlow(system.gatewayUrl(), owner, workspace);
        for (int i = 0; i < perPhase; i++) {
            before.invite("before");
        }
        InvitationFlow.Count beforeCount = before.countAfter(infrastructure.inbox(), WAIT);
        Map<String, Consistency.Expected> invited = expected.computeIfAbsent(workspace, w -> new LinkedHashMap<>());
        before.accepted().forEach(email -> invited.put(email, new Consistency.Expected("Wait", "MEMBER")));
        String joiner = before.accepted().get(0);
        Story.Link link = story.linkIn(infrastructure.inbox().messagesFor(joiner).get(0));

        InvitationFlow during = new InvitationFlow(system.gatewayUrl(), owner, workspace);
        Instant faultAt = Instant.now();
        fault.begin();
        String first = during.invite("during");
        acceptUntilDone(link);
        invited.put(joiner, new Consistency.Expected("OK", "MEMBER"));
        if (lastJoined != null) {
            changeRolesUntilDone(lastJoined);
            expected.get(lastJoined.workspace()).put(lastJoined.email(), new Consistency.Expected("OK", "AUDITOR"));
        }
        for (int i = 1; i < perPhase; i++) {
            during.invite("during");
        }
        fault.end();
        for (int i = 0; i < perPhase; i++) {
            during.invite("after");
        }
        long recovery = recoveryMillis(first, faultAt);
        InvitationFlow.Count duringCount = during.countAfter(infrastructure.inbox(), WAIT);

        during.accepted().forEach(email -> invited.put(email, new Consistency.Expected("Wait", "MEMBER")));
        lastJoined = new Joined(workspace, joiner, memberIdOf(workspace, joiner));
        List<String> lost = new ArrayList<>(beforeCount.lost());
        lost.addAll(duringCount.lost());
        List<String> duplicated = new ArrayList<>(beforeCount.duplicated());
        duplicated.addAll(duringCount.duplicated());
        return new Outcome(fault.name(), beforeCount.accepted() + duringCount.accepted(), lost, duplicated, recovery);
    }

    /** Accepts with a new password, retrying while the system does not answer; a 404 "accepted" was an earlier try. */
    private void acceptUntilDone(Story.Link link) {
        retry("the accept of " + link.invitationId(), () -> {
            JsonHttp.RawResponse answer = http.raw("POST", system.gatewayUrl() + "/invitations/" + link.invitationId()
                    + "/accept", Map.of("Content-Type", "application/json"),
                    "{\"token\":\"" + link.token() + "\",\"password\":\"a joiner's password\"}");
            return answer.status() == 200 || answer.status() == 404 && answer.body().contains("\"accepted\"");
        });
    }

    private void changeRolesUntilDone(Joined member) {
        retry("the role change of " + member.email(), () -> http.raw("PUT", system.gatewayUrl() + "/workspaces/"
                        + member.workspace() + "/members/" + member.memberId() + "/roles",
                Map.of("Content-Type", "application/json", "Authorization", "Bearer " + owner),
                "{\"roles\":[\"MEMBER\",\"AUDITOR\"]}").status() == 200);
    }

    private String memberIdOf(String workspace, String email) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            var row = story.member(owner, workspace, email);
            if (row.isPresent() && "OK".equals(row.get().path("guidance").asText())) {
                return row.get().path("memberId").asText();
            }
            Fault.pause(Duration.ofMillis(300));
        }
        throw new IllegalStateException(email + " never showed OK on the members page");
    }

    private static void retry(String what, java.util.function.BooleanSupplier done) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (done.getAsBoolean()) {
                    return;
                }
            } catch (IllegalStateException unreachable) {
                // the part that answers this request is down: try again
            }
            Fault.pause(Duration.ofMillis(300));
        }
        throw new IllegalStateException(what + " did not go through within " + WAIT);
    }

    /** From the fault until the first invitation sent after it reached the inbox. */
    private long recoveryMillis(String firstAfterFault, Instant faultAt) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (!infrastructure.inbox().messagesFor(firstAfterFault).isEmpty()) {
                    return Duration.between(faultAt, Instant.now()).toMillis();
                }
            } catch (RuntimeException restarting) {
                // the mail server is coming back
            }
            Fault.pause(Duration.ofMillis(200));
        }
        return -1;
    }

    private void report(Path directory) throws IOException {
        Consistency consistency = Consistency.check(system, infrastructure, owner, expected);
        StringBuilder table = new StringBuilder(String.format("%-36s %9s %5s %11s %12s%n", "fault", "accepted", "lost",
                "duplicated", "recovery s"));
        for (Outcome outcome : outcomes) {
            table.append(String.format("%-36s %9d %5d %11d %12s%n", outcome.fault(), outcome.accepted(),
                    outcome.lost().size(), outcome.duplicated().size(), outcome.recoveryMillis() < 0 ? "never"
                            : String.format(java.util.Locale.ROOT, "%.1f", outcome.recoveryMillis() / 1000.0)));
        }
        table.append(String.format("members-page rows that differ from what the API accepted (drift): %d%n",
                consistency.drift().size()));
        table.append(String.format("events in an event store but not on its topic: %d%n",
                consistency.missingOnTopic().size()));
        System.out.println(table);
        Files.createDirectories(directory);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("when", Instant.now().toString());
        json.put("perPhase", perPhase);
        json.put("outageSeconds", outage.toSeconds());
        json.put("smtpOutageSeconds", smtpOutage.toSeconds());
        json.put("faults", outcomes);
        json.put("drift", consistency.drift());
        json.put("missingOnTopic", consistency.missingOnTopic());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(directory.resolve("faults-" + stamp + ".json").toFile(), json);
        Files.writeString(directory.resolve("faults-" + stamp + ".txt"), table);
    }

    private static String textOption(String[] args, String prefix, String fallback) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        return fallback;
    }

    private static int intOption(String[] args, String prefix, int fallback) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return Integer.parseInt(arg.substring(prefix.length()));
            }
        }
        return fallback;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
