package org.parindex.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.history.BundleResults;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.report.NarrativeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The narrative report of one unit in one period. */
@Command(name = "report", description = {"The narrative report of one unit in one period, like a commune portal's news "
        + "page.", "It gives the index, band, rank, every field's %%, the ranks in earlier periods and why it changed."})
class ReportCommand implements Callable<Integer> {

    @Mixin
    BundleArgs args;

    @Option(names = {"-p", "--period"}, required = true, paramLabel = "P", description = "The period code, e.g. 2023-H1.")
    String period;

    @Option(names = {"-u", "--unit"}, required = true, paramLabel = "U", description = "The unit code, e.g. hai-truong.")
    String unit;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "LANG", description = "vi or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Bundle bundle = args.readForScoring();
        Period p = BundleArgs.period(bundle, period);
        BundleResults results = BundleResults.of(bundle);
        if (results.unit(p.code(), unit).isEmpty()) {
            throw new BadInputException("--unit", 0, "unit \"" + unit + "\" has no result in period " + p.code()
                    + (bundle.unit(unit).isEmpty() ? " (no such unit in units.csv)" : ""));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(NarrativeReport.write(results, p.code(), unit, Locales.of(lang)));
        out.flush();
        return 0;
    }
}
