package io.membership.parentwatch;

import java.util.Optional;

/**
 * Stops this JVM, gracefully, when the process that started it is gone. A supervisor killed with SIGKILL runs no
 * shutdown hook and cannot stop its children; without this they would keep their ports and block its restart.
 * Used as a Java agent ({@code -javaagent:parent-watch.jar=<pid>}) for the service JVMs of {@code bin/start
 * --separate}, and called directly by the launcher JVM to follow {@code bin/start}'s own shell.
 */
public final class ParentWatch {

    /** The exit code of a JVM stopped because its parent went away: 128 + SIGHUP, as a terminal would hang up. */
    public static final int PARENT_GONE = 129;

    /**
     * Agent entry: {@code argument} is the parent's pid, given by the parent itself, since by the time the agent runs
     * a parent that died already has been replaced by init; without one, the process that started this JVM.
     */
    public static void premain(String argument) {
        Optional<ProcessHandle> parent = argument == null || argument.isBlank()
                ? ProcessHandle.current().parent().filter(process -> process.pid() != 1)
                : ProcessHandle.of(Long.parseLong(argument.trim()));
        parent.ifPresentOrElse(ParentWatch::exitWhenGone, () -> stop("its parent was gone before it started"));
    }

    /** Stops this JVM (shutdown hooks run) once {@code parent} has exited. */
    public static void exitWhenGone(ProcessHandle parent) {
        parent.onExit().thenRun(() -> stop("its parent (pid " + parent.pid() + ") is gone"));
    }

    private static void stop(String why) {
        System.err.println("parent-watch: stopping this JVM (pid " + ProcessHandle.current().pid() + "): " + why);
        // System.exit waits for the shutdown hooks; never run it on the thread that reports the parent's exit
        Thread stopper = new Thread(() -> System.exit(PARENT_GONE), "parent-watch-stop");
        stopper.setDaemon(false);
        stopper.start();
    }

    private ParentWatch() {
    }
}
