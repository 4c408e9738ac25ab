package org.parindex.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.parindex.core.analysis.Forecast;
import org.parindex.core.engine.Engine;
import org.parindex.core.engine.Plan;

/**
 * Not a JMH benchmark: the engine and the forecast on the national data run alternately in one JVM, so both see the
 * same load on a shared machine. Prints the best and the median of each, in wall time and in the thread's CPU time
 * (which leaves out the time the thread waits for a core, and the garbage collector's threads), their ratios and the
 * load average. {@code java -Xms2g -Xmx2g -cp bench/target/benchmarks.jar org.parindex.bench.AnalysisBackToBack [runs=300]}.
 */
public final class AnalysisBackToBack {

    private AnalysisBackToBack() { }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        AnalysisBenchmark.National s = new AnalysisBenchmark.National();
        s.setUp();
        LocalDate asOf = LocalDate.of(2025, 6, 30);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[][] times = new long[4][runs];   // engine wall, forecast wall, engine cpu, forecast cpu
        long sink = 0;
        for (int r = -runs / 3; r < runs; r++) {   // the first third warms up
            long w0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            sink += Engine.score(s.complete).size();
            long w1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            sink += Forecast.compute(s.sources, asOf).result().size();
            long w2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            if (r >= 0) {
                times[0][r] = w1 - w0;
                times[1][r] = w2 - w1;
                times[2][r] = c1 - c0;
                times[3][r] = c2 - c1;
            }
        }
        for (long[] t : times) {
            Arrays.sort(t);
        }
        String load = String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        System.out.printf("runs %d (sink %d), load average %s%n", runs, sink, load);
        for (int k = 0; k < 2; k++) {
            long[] e = times[2 * k];
            long[] f = times[2 * k + 1];
            System.out.printf("%s: engine best %.3f ms, median %.3f ms; forecast best %.3f ms, median %.3f ms; "
                            + "ratio best %.2f, median %.2f%n", k == 0 ? "wall" : "cpu ", e[0] / 1e6,
                    e[runs / 2] / 1e6, f[0] / 1e6, f[runs / 2] / 1e6, (double) f[0] / e[0],
                    (double) f[runs / 2] / e[runs / 2]);
        }
        fresh(asOf, cpu);
    }

    /**
     * The first forecast over newly bound sheets, as the application makes after each change of the rows: it also
     * makes the sheets' bit sets of cells with a value or NA and last period's points as codes (once per sheet).
     */
    private static void fresh(LocalDate asOf, ThreadMXBean cpu) {
        SyntheticPeriod data = SyntheticPeriod.generate(SyntheticPeriod.NATIONAL_UNITS,
                SyntheticPeriod.NATIONAL_LEAVES);
        Plan plan = new Plan(data.framework());
        int runs = 20;
        long[] first = new long[runs];
        long[] second = new long[runs];
        for (int r = -runs / 2; r < runs; r++) {
            Forecast.Sources sources = AnalysisBenchmark.open(data, plan);
            long c0 = cpu.getCurrentThreadCpuTime();
            Forecast.compute(sources, asOf);
            long c1 = cpu.getCurrentThreadCpuTime();
            Forecast.compute(sources, asOf);
            long c2 = cpu.getCurrentThreadCpuTime();
            if (r >= 0) {
                first[r] = c1 - c0;
                second[r] = c2 - c1;
            }
        }
        Arrays.sort(first);
        Arrays.sort(second);
        System.out.printf("cpu : forecast over newly bound sheets, median %.3f ms; again over the same, median %.3f ms "
                + "(%d runs)%n", first[runs / 2] / 1e6, second[runs / 2] / 1e6, runs);
    }
}
