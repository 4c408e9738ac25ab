package org.parindex.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.Unit;
import org.parindex.core.engine.Engine;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.Plan;
import org.parindex.core.engine.ScoreSheet;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.io.BundleReader;
import org.parindex.core.problem.Problems;

/**
 * Where the time of one {@code parindex score} goes, in a fresh JVM: the same calls as the command, timed one by one
 * (JVM start until main, then the main thread's CPU time reading the bundle, binding, scoring, writing the CSV
 * lines: CPU time, so that other processes on the machine do not count). Usage: BUNDLE PERIOD. Run it
 * with the command line's JVM options (bench/README.md).
 */
public final class ScorePhases {

    private ScorePhases() { }

    public static void main(String[] args) {
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        long jvm = System.currentTimeMillis() - start;
        Bundle bundle = BundleReader.read(Path.of(args[0]), false);
        long t1 = cpu.getCurrentThreadCpuTime();
        Period period = bundle.period(args[1]).orElseThrow();
        Map<String, Unit> units = bundle.unitsByCode();
        Problems problems = new Problems();
        ScoreSheet sheet = ScoreSheet.bind(new Plan(period.framework()), period, units, Stage.FINAL, problems);
        problems.throwIfAny();
        long t2 = cpu.getCurrentThreadCpuTime();
        PeriodResult result = Engine.score(sheet);
        long t3 = cpu.getCurrentThreadCpuTime();
        StringBuilder out = new StringBuilder();
        for (UnitResult r : result.ranking()) {
            out.append(r.rank()).append(',').append(r.unit().code()).append(',').append(r.index()).append('\n');
        }
        PrintStream sink = new PrintStream(PrintStream.nullOutputStream());
        sink.print(out);
        long t4 = cpu.getCurrentThreadCpuTime();
        System.out.printf("JVM start until main %d ms (wall); CPU time of the main thread: read %d ms, bind %d ms, score %d ms, "
                + "write %d ms (%d rows)%n",
                jvm, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                period.rows().size());
    }
}
