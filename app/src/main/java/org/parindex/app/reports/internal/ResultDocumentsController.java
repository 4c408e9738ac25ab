package org.parindex.app.reports.internal;

import org.parindex.app.accounts.Access;
import org.parindex.app.results.PeriodView;
import org.parindex.app.results.Results;
import org.parindex.app.shared.NotFoundException;
import org.parindex.core.history.BundleResults;
import org.parindex.core.text.Figures;
import org.parindex.documents.pdf.ResultsAppendixPdf;
import org.parindex.documents.pdf.UnitReportPdf;
import org.parindex.documents.xlsx.ResultsWorkbooks;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A period's results as documents: the ranking workbook and the council's appendix (PDF), a unit's report (PDF) and
 * detail workbook. A published period's are open to everyone, like its ranking; before publication only to those
 * who may see the results, and a unit's only to those who may see the unit.
 */
@RestController
@RequestMapping("/results/{period}")
class ResultDocumentsController {

    private final Results results;

    ResultDocumentsController(Results results) {
        this.results = results;
    }

    @GetMapping("/ranking.xlsx")
    ResponseEntity<byte[]> ranking(@PathVariable String period) {
        PeriodView p = require(period, null);
        return Downloads.xlsx("xep-hang-" + p.code(), ResultsWorkbooks.ranking(results.bundleResults(), p.code()));
    }

    @GetMapping("/appendix.pdf")
    ResponseEntity<byte[]> appendix(@PathVariable String period) {
        PeriodView p = require(period, null);
        return Downloads.pdf("phu-luc-xep-hang-" + p.code(), ResultsAppendixPdf.write(results.bundleResults(), p.code()));
    }

    @GetMapping("/units/{unit}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable String period, @PathVariable String unit) {
        PeriodView p = require(period, unit);
        BundleResults all = unitResults(p, unit);
        var locale = Figures.isVietnamese(LocaleContextHolder.getLocale()) ? Figures.VIETNAMESE : java.util.Locale.ENGLISH;
        return Downloads.pdf("bao-cao-" + unit + "-" + p.code(), UnitReportPdf.write(all, p.code(), unit, locale));
    }

    @GetMapping("/units/{unit}/detail.xlsx")
    ResponseEntity<byte[]> detail(@PathVariable String period, @PathVariable String unit) {
        PeriodView p = require(period, unit);
        return Downloads.xlsx("chi-tiet-" + unit + "-" + p.code(), ResultsWorkbooks.unit(unitResults(p, unit), p.code(), unit));
    }

    /** The period with results; unpublished: refused unless the viewer may see results (and the unit, if one). */
    private PeriodView require(String code, String unit) {
        PeriodView p = results.period(code).filter(PeriodView::computed)
                .orElseThrow(() -> new NotFoundException("period " + org.parindex.core.bundle.Codes.shown(code)));
        Access.requireResults(p.published());
        if (unit != null && !p.published()) {
            Access.requireUnit(unit);
        }
        return p;
    }

    private BundleResults unitResults(PeriodView p, String unit) {
        BundleResults all = results.bundleResults();
        if (all.unit(p.code(), unit).isEmpty()) {
            throw new NotFoundException("unit " + org.parindex.core.bundle.Codes.shown(unit));
        }
        return all;
    }
}
