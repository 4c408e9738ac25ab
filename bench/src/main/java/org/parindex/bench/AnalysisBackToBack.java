package org.parindex.bench;

import java.time.LocalDate;
import java.util.Arrays;
import org.parindex.core.analysis.Forecast;
import org.parindex.core.engine.Engine;

/**
 * Not a JMH benchmark: the engine and the forecast on the national data run alternately in one JVM, so both see the
 * same load on a shared machine, timed in the thread's CPU time (time the thread waits for a core is left out); prints the best and the median of each and their ratios, with the load average.
 * {@code java -cp bench/target/benchmarks.jar org.parindex.bench.AnalysisBackToBack [runs=300]}.
 */
public final class AnalysisBackToBack {

    private AnalysisBackToBack() { }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        AnalysisBenchmark.National s = new AnalysisBenchmark.National();
        s.setUp();
        LocalDate asOf = LocalDate.of(2025, 6, 30);
        long[] engine = new long[runs];
        long[] forecast = new long[runs];
        long sink = 0;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = -runs / 3; r < runs; r++) {   // the first third warms up
            long t0 = cpu.getCurrentThreadCpuTime();
            sink += Engine.score(s.complete).size();
            long t1 = cpu.getCurrentThreadCpuTime();
            sink += Forecast.compute(s.sources, asOf).result().size();
            long t2 = cpu.getCurrentThreadCpuTime();
            if (r >= 0) {
                engine[r] = t1 - t0;
                forecast[r] = t2 - t1;
            }
        }
        Arrays.sort(engine);
        Arrays.sort(forecast);
        System.out.printf("runs %d (sink %d), load average %s%n", runs, sink,
                String.join(" ", Arrays.copyOf(new String(java.nio.file.Files.readAllBytes(
                        java.nio.file.Path.of("/proc/loadavg"))).split(" "), 3)));
        System.out.printf("engine   best %.3f ms, median %.3f ms%n", engine[0] / 1e6, engine[runs / 2] / 1e6);
        System.out.printf("forecast best %.3f ms, median %.3f ms%n", forecast[0] / 1e6, forecast[runs / 2] / 1e6);
        System.out.printf("ratio    best %.2f, median %.2f%n", (double) forecast[0] / engine[0],
                (double) forecast[runs / 2] / engine[runs / 2]);
    }
}
