package io.membership.parentwatch;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real process tree: a "supervisor" JVM starts a "child" JVM that runs the agent; the supervisor is killed with
 * SIGKILL (no shutdown hooks) and the child must stop by itself.
 */
class ParentWatchIntegrationTest {

    /** Started as the supervisor: starts a child under the agent, prints its pid, then waits to be killed. */
    public static final class Supervisor {
        public static void main(String[] args) throws Exception {
            Process child = new ProcessBuilder(java(), "-javaagent:" + args[0] + "=" + ProcessHandle.current().pid(),
                    "-cp", classPath(),
                    Sleeper.class.getName()).inheritIO().start();
            System.out.println(child.pid());
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(5).toMillis());
        }
    }

    /** Started as the child: does nothing until it is stopped. */
    public static final class Sleeper {
        public static void main(String[] args) throws Exception {
            Thread.sleep(Duration.ofMinutes(5).toMillis());
        }
    }

    @Test
    void aChildStopsWhenItsSupervisorIsKilled() throws Exception {
        Path agent = Path.of(System.getProperty("parent-watch.jar", "target/parent-watch-0.1.0-SNAPSHOT.jar"));
        assertThat(agent).exists();
        Process supervisor = new ProcessBuilder(java(), "-cp", classPath(), Supervisor.class.getName(),
                agent.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long childPid = Long.parseLong(new BufferedReader(new InputStreamReader(supervisor.getInputStream(),
                StandardCharsets.UTF_8)).readLine().trim());
        ProcessHandle child = ProcessHandle.of(childPid).orElseThrow();
        assertThat(child.isAlive()).isTrue();

        supervisor.destroyForcibly().waitFor();

        await().atMost(Duration.ofSeconds(30)).until(() -> hasExited(child));
    }

    /** Exited, or a zombie nobody reaps: in a container without an init, an orphan's exit leaves one behind. */
    private static boolean hasExited(ProcessHandle process) throws IOException {
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        if (!Files.exists(stat)) {
            return !process.isAlive();
        }
        String line = Files.readString(stat);
        return line.substring(line.lastIndexOf(')') + 2).startsWith("Z");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String classPath() {
        return System.getProperty("java.class.path");
    }
}
