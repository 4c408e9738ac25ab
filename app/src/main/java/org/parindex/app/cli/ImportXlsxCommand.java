package org.parindex.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.framework.Framework;
import org.parindex.core.io.BundleReader;
import org.parindex.core.io.BundleWriter;
import org.parindex.core.problem.BadInputException;
import org.parindex.documents.xlsx.FrameworkWorkbookReader;
import org.parindex.documents.xlsx.SafeWorkbook;
import org.parindex.documents.xlsx.ScoresWorkbookReader;
import org.parindex.documents.xlsx.WorkbookKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A framework or scores workbook into a bundle: a new bundle folder with the period's framework or scores replaced. */
@Command(name = "import-xlsx", description = {"Reads a framework or scores workbook (as export-xlsx writes them, or the"
        + " framework template) into a copy of a bundle.",
        "A framework workbook replaces the period's framework; a scores workbook replaces the period's score rows"
        + " (every stage its sheets give).",
        "The new bundle is written into -o DIR (new or empty) only when it passes `parindex check`; every problem is"
        + " listed as Sheet!Cell: message (or file:line: message for the rest of the bundle) and nothing is written.",
        "Formulas are read as the values saved in the file; macros, external links and workbooks over the limits are"
        + " refused."})
class ImportXlsxCommand implements Callable<Integer> {

    @Mixin
    BundleArgs args;

    @Parameters(index = "1", paramLabel = "WORKBOOK", description = "The .xlsx workbook to read.")
    Path workbook;

    @Option(names = {"-p", "--period"}, required = true, paramLabel = "P", description = "The period code, e.g. 2023-H1.")
    String period;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "The folder to write the new bundle into: new, or empty.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path target = output.toAbsolutePath();
        if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
            throw new BadInputException("-o", 0, target + " exists and is not an empty folder");
        }
        String name = workbook.getFileName().toString();
        byte[] bytes = read(workbook, name);
        Bundle bundle = args.read();
        Period p = BundleArgs.period(bundle, period);
        WorkbookKind kind = WorkbookKind.of(bytes, name);
        Period changed = kind == WorkbookKind.FRAMEWORK ? withFramework(bundle, p, FrameworkWorkbookReader.read(bytes, name))
                : withRows(p, ScoresWorkbookReader.read(bytes, name, p, bundle.unitsByCode()));
        List<Period> periods = new ArrayList<>(bundle.periods());
        periods.set(periods.indexOf(p), changed);
        Bundle result = new Bundle(bundle.title(), bundle.assessor(), bundle.demo(), bundle.units(), periods);
        write(result, target);
        spec.commandLine().getOut().printf("%s: %s of period %s from %s; the bundle passes check%n", target,
                kind == WorkbookKind.FRAMEWORK ? "framework " + changed.framework().id() : changed.rows().size()
                        + " score rows", p.code(), name);
        return 0;
    }

    private static byte[] read(Path file, String name) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(name, 0, "no such file");
        }
        try (var in = Files.newInputStream(file)) {
            return SafeWorkbook.readBounded(in, name);
        }
    }

    /** The period with the new framework, at a path of its own unless it is the only period using the old one. */
    private static Period withFramework(Bundle bundle, Period p, Framework framework) {
        String path = "frameworks/" + framework.id() + ".yaml";
        for (Period other : bundle.periods()) {
            if (other != p && path.equals(other.frameworkPath()) && !other.framework().equals(framework)) {
                path = "frameworks/" + framework.id() + "-" + p.code() + ".yaml";
            }
        }
        return new Period(p.code(), p.name(), path, framework, p.scoresPath(), p.rows(), p.announced(), p.from(), p.to());
    }

    private static Period withRows(Period p, List<ScoreRow> rows) {
        return new Period(p.code(), p.name(), p.frameworkPath(), p.framework(), p.scoresPath(), rows, p.announced(),
                p.from(), p.to());
    }

    /** Written beside the target, checked by core as `check` does, then moved into place; removed on any problem. */
    private static void write(Bundle bundle, Path target) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, ".parindex-import-");
        try {
            BundleWriter.write(bundle, staging);
            org.parindex.core.history.BundleResults.of(BundleReader.read(staging));
            if (Files.exists(target)) {
                Files.delete(target);
            }
            Files.move(staging, target);
        } finally {
            if (Files.exists(staging)) {
                try (var files = Files.walk(staging)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }
}
