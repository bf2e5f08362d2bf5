package io.membership.launcher;

import io.membership.infra.EmbeddedInfrastructure;
import io.membership.infra.ImapInbox;
import io.membership.infra.Inbox;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick version of the fault harness (issue 24): invitations keep coming through the REST API while JVMs are
 * killed with SIGKILL and the broker is restarted; the supervisors bring the JVMs back, and counted from outside,
 * nothing is lost or sent twice.
 */
class KillAndRecoverIntegrationTest {

    private static final Duration RECOVERY = Duration.ofMinutes(3);

    /**
     * A system of its own: the shared one expires invitations after 30 s, shorter than a consumer group's rebalance
     * after a kill, and killing its services would disturb the other system tests.
     */
    @Test
    void killedServiceJvmsAndARestartedBrokerLoseNothingAndSendNothingTwice() throws IOException {
        // the broker's log and port must survive its restart, as they do in bin/start
        Path data = Files.createTempDirectory("kill-and-recover-data");
        try (EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.builder().dataDirectory(data)
                .kafkaPort(freePort()).start();
             RunningSystem system = RunningSystem.start(infrastructure, ServicePorts.free(),
                     Path.of(System.getProperty("services.dir", "target/services")),
                     Files.createDirectories(Path.of("target", "kill-and-recover-logs")),
                     "kill-and-recover-link-secret-" + UUID.randomUUID(), Map.of())) {
            killServicesWhileInviting(system, infrastructure);
        }
    }

    private static void killServicesWhileInviting(RunningSystem system, EmbeddedInfrastructure infrastructure) {
        Inbox inbox = infrastructure.inbox();
        Story story = new Story(system.membershipUrl(), system.invitationUrl(), system.queryUrl(), inbox, line -> { });
        String ownerEmail = Story.uniqueEmail("kill-owner");
        story.register(ownerEmail, "kill owner password");
        String owner = story.logIn(ownerEmail, "kill owner password");
        String workspaceId = story.createWorkspace(owner, "Kill -9", 40);
        InvitationFlow flow = new InvitationFlow(system.gatewayUrl(), owner, workspaceId);

        for (int i = 0; i < 4; i++) {
            flow.invite("before");
        }
        long notificationPid = system.service("notification-service").pid();
        system.service("notification-service").kill();
        for (int i = 0; i < 4; i++) {
            flow.invite("mailer-down");
        }
        long invitationPid = system.service("invitation-service").pid();
        system.service("invitation-service").kill();
        for (int i = 0; i < 4; i++) {
            flow.invite("inviter-down");
        }
        infrastructure.kafka().close();
        for (int i = 0; i < 4; i++) {
            flow.invite("broker-down");
        }
        infrastructure.kafka().start();
        InvitationFlow.Count count = flow.countAfter(inbox, RECOVERY);

        assertThat(system.service("notification-service").pid()).as("restarted").isNotEqualTo(notificationPid);
        assertThat(system.service("invitation-service").pid()).as("restarted").isNotEqualTo(invitationPid);
        assertThat(count.accepted()).isEqualTo(16);
        assertThat(count.lost()).as("accepted by the API, never emailed").isEmpty();
        assertThat(count.duplicated()).as("emailed twice").isEmpty();
    }

    @Test
    void theOneJvmOfBinStartComesBackWithItsDataAfterKill9() throws Exception {
        int offset = 20000 + ThreadLocalRandom.current().nextInt(0, 400) * 10;
        Path dataDir = Files.createTempDirectory("bin-start-data");
        Path log = Path.of("target", "bin-start-" + offset + ".log");
        ProcessBuilder command = new ProcessBuilder("bash", "bin/start")
                .directory(Path.of("..").toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toAbsolutePath().toFile());
        command.environment().put("DATA_DIR", dataDir.toString());
        command.environment().put("PORT_OFFSET", Integer.toString(offset));
        Process binStart = command.start();
        try {
            awaitLine(log, "ready in", RECOVERY);
            String gateway = "http://localhost:" + (8080 + offset);
            Story story = new Story(gateway, gateway, gateway, new ImapInbox("localhost", 3143 + offset), line -> { });
            String ownerEmail = Story.uniqueEmail("one-jvm-owner");
            story.register(ownerEmail, "one jvm owner password");
            String owner = story.logIn(ownerEmail, "one jvm owner password");
            String workspaceId = story.createWorkspace(owner, "One JVM", 20);
            // the embedded SMTP server keeps its inbox in memory: what arrived before the kill is counted before it
            InvitationFlow before = new InvitationFlow(gateway, owner, workspaceId);
            for (int i = 0; i < 3; i++) {
                before.invite("before-kill");
            }
            InvitationFlow.Count beforeKill = before.countAfter(new ImapInbox("localhost", 3143 + offset), RECOVERY);

            ProcessHandle systemJvm = binStart.toHandle().children().filter(child -> child.info().commandLine()
                    .orElse("").contains("EmbeddedSystemMain")).findFirst().orElseThrow();
            systemJvm.destroyForcibly();
            InvitationFlow after = new InvitationFlow(gateway, owner, workspaceId);
            for (int i = 0; i < 3; i++) {
                after.invite("after-kill");
            }
            awaitLine(log, "recovered in", RECOVERY);
            ImapInbox restartedInbox = new ImapInbox("localhost", 3143 + offset);
            InvitationFlow.Count afterKill = after.countAfter(restartedInbox, RECOVERY);

            assertThat(Files.readString(log)).contains("killed (SIGKILL)", "restart 1");
            assertThat(story.logIn(ownerEmail, "one jvm owner password")).as("the account survived").isNotBlank();
            assertThat(beforeKill.lost()).as("accepted before the kill, never emailed").isEmpty();
            assertThat(afterKill.lost()).as("accepted after the kill, never emailed").isEmpty();
            assertThat(beforeKill.duplicated()).isEmpty();
            assertThat(afterKill.duplicated()).isEmpty();
            assertThat(before.accepted()).as("emailed again after the restart")
                    .allSatisfy(email -> assertThat(restartedInbox.messagesFor(email)).isEmpty());
        } finally {
            binStart.destroy();
            if (!binStart.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                binStart.descendants().forEach(ProcessHandle::destroyForcibly);
                binStart.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitLine(Path log, String text, Duration within) {
        Story.await(() -> {
            try {
                return Files.exists(log) && Files.readString(log).contains(text) ? java.util.Optional.of(true)
                        : java.util.Optional.<Boolean>empty();
            } catch (IOException e) {
                return java.util.Optional.empty();
            }
        }, within, "\"" + text + "\" in " + log);
    }
}
