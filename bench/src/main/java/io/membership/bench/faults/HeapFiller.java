package io.membership.bench.faults;

import com.sun.tools.attach.VirtualMachine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The out-of-memory fault: loaded into a running service JVM (the Attach API, as {@code jcmd} does), it keeps
 * allocating until the heap is full. The service JVMs run with {@code -XX:+ExitOnOutOfMemoryError}, so the JVM exits
 * (code 3) and its supervisor starts it again, as an orchestrator would after an OOM kill.
 */
public final class HeapFiller {

    private static final List<byte[]> HELD = new ArrayList<>();

    /** Agent entry in the victim JVM. */
    public static void agentmain(String argument) {
        Thread filler = new Thread(() -> {
            while (true) {
                HELD.add(new byte[1 << 20]);
            }
        }, "fault-harness-heap-filler");
        filler.setDaemon(true);
        filler.start();
    }

    /** Loads this jar into the JVM {@code pid} as an agent. */
    static void fill(long pid) throws Exception {
        Path jar = Path.of(HeapFiller.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
        try {
            vm.loadAgent(jar.toString());
        } finally {
            try {
                vm.detach();
            } catch (java.io.IOException gone) {
                // the JVM may already be exiting
            }
        }
    }

    private HeapFiller() {
    }
}
