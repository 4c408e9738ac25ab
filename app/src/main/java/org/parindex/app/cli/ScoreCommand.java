package org.parindex.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.Stage;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.history.BundleResults;
import org.parindex.core.io.ResultsCsv;
import org.parindex.core.problem.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Every unit's points, index, band, rank and top-level percentages, by rank. */
@Command(name = "score", description = {"Computes a period: every unit's points, index, band, rank and each top-level "
        + "node's %%, by rank.", "csv: rank,unit,name,points,maximum,index,band then one column per top-level node; "
        + "numbers with a dot and the framework's decimals.", "json: an array of objects with rank, unit, name, points, "
        + "maximum, index, band (code), bandName, missing and nodes (code -> %%)."})
class ScoreCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @Mixin
    BundleArgs args;

    @Option(names = {"-p", "--period"}, required = true, paramLabel = "P", description = "The period code, e.g. 2023-H1.")
    String period;

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--stage", defaultValue = "final", paramLabel = "STAGE",
            description = "Which scores to use: self, appraisal1 or final (default: ${DEFAULT-VALUE}).")
    String stage;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "LANG",
            description = "Language of the table: vi or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Bundle bundle = args.readForScoring();
        Period p = BundleArgs.period(bundle, period);
        Problems problems = new Problems();
        Stage s = Stages.of(stage);
        PeriodResult result = BundleResults.score(p, bundle.unitsByCode(), s, problems);
        problems.throwIfAny();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case csv -> out.print(ResultsCsv.write(result));
            case json -> out.println(ScoreOutput.json(result));
            default -> out.print(ScoreTable.render(bundle, p, result, Locales.of(lang)));
        }
        out.flush();
        return 0;
    }
}
