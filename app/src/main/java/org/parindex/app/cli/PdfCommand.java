package org.parindex.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.history.BundleResults;
import org.parindex.documents.pdf.ResultsAppendixPdf;
import org.parindex.documents.pdf.UnitReportPdf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The official PDF documents of a period: the results appendix, or one unit's report. */
@Command(name = "pdf", description = {"Writes a PDF (A4, fonts embedded, Vietnamese text extractable).",
        "Without --unit: the council's results appendix (Phụ lục: bảng xếp hạng), A4 landscape: the issuing body and the"
        + " national motto, every unit's field %%, points, index, band and rank, page numbers, and the SHA-256 of the"
        + " results CSV (`parindex score --format csv`) in the footer.",
        "With --unit: the unit's report, like the commune portal's news page, with the field chart and the rank-history"
        + " chart."})
class PdfCommand implements Callable<Integer> {

    @Mixin
    BundleArgs args;

    @Option(names = {"-p", "--period"}, required = true, paramLabel = "P", description = "The period code, e.g. 2023-H1.")
    String period;

    @Option(names = {"-u", "--unit"}, paramLabel = "U", description = "A unit code: its report instead of the appendix.")
    String unit;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "LANG",
            description = "Language of a unit's report: vi or en (default: ${DEFAULT-VALUE}); the appendix is Vietnamese.")
    String lang;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The .pdf file to write.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        quietPdfBox();
        Bundle bundle = args.readForScoring();
        Period p = BundleArgs.period(bundle, period);
        if (unit != null) {
            BundleArgs.requireUnit(bundle, BundleArgs.score(bundle, p), unit, p.code());
        }
        BundleResults results = BundleResults.of(bundle);
        byte[] pdf = unit == null ? ResultsAppendixPdf.write(results, p.code())
                : UnitReportPdf.write(results, p.code(), unit, Locales.of(lang));
        Output.write(output, pdf);
        spec.commandLine().getOut().printf("%s: %s, %s (%d bytes)%n", output, unit == null ? "results appendix" : unit,
                p.code(), pdf.length);
        return 0;
    }

    /** PDFBox warns that the system lacks the standard Symbol font, which no ParIndex document uses: not for a user. */
    private static void quietPdfBox() {
        if (org.slf4j.LoggerFactory.getLogger("org.apache.pdfbox") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }
}
