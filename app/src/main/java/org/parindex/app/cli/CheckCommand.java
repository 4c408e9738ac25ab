package org.parindex.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.feeds.Feeds;
import org.parindex.core.feeds.Satisfaction;
import org.parindex.core.io.IndicatorsCsv;
import org.parindex.core.io.SurveyYaml;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.history.BundleResults;
import org.parindex.core.plans.PlanAction;
import org.parindex.core.plans.PlansCsv;
import org.parindex.core.plans.PlansFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Validates a bundle: every problem as file:line: message, exit 2 if any. */
@Command(name = "check", description = {"Validates a bundle: the formats, every framework, every score against its "
        + "framework and the units, the indicator file and the survey of each period when the bundle has them, and the improvement plans (plans/<period>.csv) when there are any.", "Prints every problem as file:line: message and exits 2 if there is any."})
class CheckCommand implements Callable<Integer> {

    @Mixin
    BundleArgs args;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Bundle bundle = args.read();
        BundleResults results = BundleResults.of(bundle);
        Map<String, List<PlanAction>> plans = PlansFiles.read(args.bundle, bundle);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: valid (%d units, %d periods)%n", args.bundle, bundle.units().size(), bundle.periods().size());
        for (Period period : bundle.periods()) {
            PeriodResult r = results.result(period.code());
            int missing = r.ranking().stream().mapToInt(UnitResult::missing).sum();
            out.printf("  %s  %s: %d units, framework %s%s%n", period.code(), period.name(), r.size(),
                    r.framework().id(), missing == 0 ? "" : ", " + missing + " items without a score (counted as 0)");
            if (plans.containsKey(period.code())) {
                out.printf("    %s: %d actions%n", PlansCsv.path(period.code()), plans.get(period.code()).size());
            }
            feeds(out, period);
        }
        return 0;
    }

    /** What the indicator file and the survey give, and the units the survey does not score (too few responses). */
    private static void feeds(PrintWriter out, Period period) {
        Feeds feeds = period.feeds();
        if (!feeds.observations().isEmpty()) {
            out.printf("    %s: %d observations%n", IndicatorsCsv.path(period.code()), feeds.observations().size());
        }
        if (feeds.survey() != null) {
            long below = feeds.satisfaction().values().stream().filter(Satisfaction::belowMinimum).count();
            out.printf("    %s: %d responses from %d units%s%n", SurveyYaml.path(period.code()), feeds.responses().size(),
                    feeds.satisfaction().size(), below == 0 ? "" : "; " + below + " units below the minimum of "
                            + feeds.survey().minResponses() + " responses, their survey items not scored: "
                            + String.join(", ", feeds.satisfaction().values().stream().filter(Satisfaction::belowMinimum)
                                    .map(Satisfaction::unit).toList()));
        }
    }
}
