package org.parindex.app.bundles;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/** How long each phase of an import took, in wall time and in CPU time of the importing thread (for the log). */
final class ImportPhases {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<String> done = new ArrayList<>();
    private final long started = System.nanoTime();
    private String name;
    private long wall;
    private long cpu;

    /** Ends the current phase, if any, and starts the named one. */
    void next(String phase) {
        end();
        name = phase;
        wall = System.nanoTime();
        cpu = THREADS.getCurrentThreadCpuTime();
    }

    void end() {
        if (name != null) {
            done.add(String.format("%s %d ms (CPU %d ms)", name, (System.nanoTime() - wall) / 1_000_000,
                    (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000));
            name = null;
        }
    }

    @Override
    public String toString() {
        return (System.nanoTime() - started) / 1_000_000 + " ms: " + String.join(", ", done);
    }
}
