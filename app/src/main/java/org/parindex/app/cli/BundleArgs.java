package org.parindex.app.cli;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.Stage;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.history.BundleResults;
import org.parindex.core.io.BundleReader;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problems;
import picocli.CommandLine.Parameters;

/** The bundle argument shared by the commands, and the look-ups they need. */
class BundleArgs {

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "A bundle folder (holding bundle.yaml) or a .zip of one.")
    Path bundle;

    /** Fully checked, as {@code check} needs. */
    Bundle read() {
        return BundleReader.read(bundle);
    }

    /** Score rows are checked when their period is bound for scoring, once. */
    Bundle readForScoring() {
        return BundleReader.read(bundle, false);
    }

    /** Refuses a unit without a result in the period, saying whether units.csv knows it at all. */
    static void requireUnit(Bundle bundle, PeriodResult result, String unit, String period) {
        if (result.position(unit) < 0) {
            throw new BadInputException("--unit", 0, "unit \"" + unit + "\" has no result in period " + period
                    + (bundle.unit(unit).isEmpty() ? " (no such unit in units.csv)" : ""));
        }
    }

    /** Scores the final stage of one period; problems of its rows are thrown. */
    static PeriodResult score(Bundle bundle, Period period) {
        Problems problems = new Problems();
        PeriodResult result = BundleResults.score(period, bundle.unitsByCode(), Stage.FINAL, problems);
        problems.throwIfAny();
        return result;
    }

    static Period period(Bundle bundle, String code) {
        return bundle.period(code).orElseThrow(() -> new BadInputException("bundle.yaml", 0,
                "no period \"" + code + "\"; the bundle has " + bundle.periods().stream().map(Period::code)
                        .collect(Collectors.joining(", "))));
    }
}
