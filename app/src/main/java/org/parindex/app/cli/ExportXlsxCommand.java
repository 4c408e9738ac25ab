package org.parindex.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.history.BundleResults;
import org.parindex.core.problem.BadInputException;
import org.parindex.documents.xlsx.FrameworkWorkbook;
import org.parindex.documents.xlsx.ResultsWorkbooks;
import org.parindex.documents.xlsx.ScoresWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A period of a bundle as an Excel workbook. */
@Command(name = "export-xlsx", description = {"Writes an Excel workbook (.xlsx) from a bundle's period.",
        "framework: one row per node (level, code, name, maximum, kind, rule and parameters, evidence, NA, unit groups,"
        + " source, weight, description); import-xlsx reads it back.",
        "scores: one sheet per stage, one row per unit, one column per leaf (code and name in two header rows, the"
        + " maxima in a third), KPS for NA; import-xlsx reads it back.",
        "ranking: every unit's field %%, points, index, band, rank and change of rank.",
        "unit: one unit's points down the framework's tree (needs --unit); rows fold by field and criterion.",
        "Numbers are numbers (Excel shows 73,90 under Vietnamese settings); headers frozen; A4 print set-up."})
class ExportXlsxCommand implements Callable<Integer> {

    enum What { framework, scores, ranking, unit }

    @Mixin
    BundleArgs args;

    @Option(names = {"-p", "--period"}, required = true, paramLabel = "P", description = "The period code, e.g. 2023-H1.")
    String period;

    @Option(names = {"-w", "--what"}, defaultValue = "scores", paramLabel = "WHAT",
            description = "framework, scores, ranking or unit (default: ${DEFAULT-VALUE}).")
    What what;

    @Option(names = {"-u", "--unit"}, paramLabel = "U", description = "The unit code, for --what unit.")
    String unit;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The .xlsx file to write.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Bundle bundle = args.read();
        Period p = BundleArgs.period(bundle, period);
        byte[] bytes = switch (what) {
            case framework -> FrameworkWorkbook.write(p.framework());
            case scores -> ScoresWorkbook.write(bundle, p);
            case ranking -> ResultsWorkbooks.ranking(BundleResults.of(bundle), p.code());
            case unit -> {
                if (unit == null) {
                    throw new BadInputException("--unit", 0, "--what unit needs --unit U");
                }
                BundleArgs.requireUnit(bundle, BundleArgs.score(bundle, p), unit, p.code());
                yield ResultsWorkbooks.unit(BundleResults.of(bundle), p.code(), unit);
            }
        };
        Output.write(output, bytes);
        spec.commandLine().getOut().printf("%s: %s of %s (%d bytes)%n", output, what, p.code(), bytes.length);
        return 0;
    }
}
