package org.parindex.documents.pdf;

import static org.parindex.documents.pdf.PdfDocument.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.history.BundleResults;
import org.parindex.core.history.History;
import org.parindex.core.history.TrendPoint;
import org.parindex.core.report.NarrativeReport;
import org.parindex.core.text.Figures;

/**
 * The unit report as a PDF, laid out like the commune portal's news page: the issuing body, the headline, the
 * field results with a chart against the period's mean, the rank in earlier periods with a chart, and why it changed.
 * The words are core's {@link NarrativeReport}; this class only lays them out.
 */
public final class UnitReportPdf {

    private UnitReportPdf() { }

    public static byte[] write(BundleResults results, String periodCode, String unitCode, Locale locale) {
        return PdfDocument.render(html(results, periodCode, unitCode, locale));
    }

    static String html(BundleResults results, String periodCode, String unitCode, Locale locale) {
        Bundle bundle = results.bundle();
        PeriodResult period = results.result(periodCode);
        UnitResult unit = period.unit(unitCode).orElseThrow(() -> new IllegalArgumentException("no result for " + unitCode));
        ResourceBundle words = ResourceBundle.getBundle("org.parindex.core.report.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String text = NarrativeReport.write(results, periodCode, unitCode, locale);
        boolean vi = Figures.isVietnamese(locale);
        StringBuilder body = new StringBuilder();
        body.append("<div class=\"issuer\">").append(esc(bundle.assessor())).append("</div>");
        boolean titled = false;
        for (List<String> block : blocks(text)) {
            String first = block.get(0);
            if (!titled && (bundle.demo() || period.framework().demo()) && block.size() == 1 && first.equals(
                    words.getString("demo"))) {
                body.append("<p class=\"demo\">").append(esc(first)).append("</p>");
                continue;
            }
            if (!titled) {
                body.append("<h1>").append(esc(first)).append("</h1>");
                titled = true;
                paragraphs(body, block.subList(1, block.size()));
                continue;
            }
            paragraphs(body, block);
            if (first.equals(words.getString("fieldsHeading"))) {
                body.append("<img class=\"chart\" alt=\"\" src=\"").append(fieldChart(period, unit, vi))
                        .append("\" />");
            } else if (first.equals(words.getString("trendHeading"))) {
                String ranks = rankChart(results, period, periodCode, unitCode, vi);
                if (ranks != null) {
                    body.append("<img class=\"chart\" alt=\"\" src=\"").append(ranks).append("\" />");
                }
            }
        }
        String footer = vi ? "Báo cáo do ParIndex lập từ dữ liệu của " + bundle.assessor()
                : "Report made by ParIndex from the data of " + bundle.assessor();
        return page(vi ? "vi" : "en", unit.unit().name(), body.toString(), footer, vi ? "Trang" : "Page");
    }

    /** The narrative's blocks, split at blank lines. */
    private static List<List<String>> blocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    /** Lines become paragraphs, runs of "- " lines a list. */
    private static void paragraphs(StringBuilder body, List<String> lines) {
        boolean inList = false;
        for (String line : lines) {
            boolean item = line.startsWith("- ");
            if (item && !inList) {
                body.append("<ul>");
            } else if (!item && inList) {
                body.append("</ul>");
            }
            inList = item;
            body.append(item ? "<li>" + esc(line.substring(2)) + "</li>" : "<p>" + esc(line) + "</p>");
        }
        if (inList) {
            body.append("</ul>");
        }
    }

    private static String fieldChart(PeriodResult period, UnitResult unit, boolean vi) {
        List<Charts.Field> fields = new ArrayList<>();
        for (Node node : period.framework().nodes()) {
            if (node.kind() == NodeKind.SCORED && unit.maximum(node.code()) > 0) {
                fields.add(new Charts.Field((vi ? "Lĩnh vực " : "Field ") + node.code(), unit.percent(node.code()),
                        period.averagePercent(node.code())));
            }
        }
        return Charts.fields(fields, unit.unit().name(), vi ? "Bình quân các đơn vị" : "Mean of the units");
    }

    private static String rankChart(BundleResults results, PeriodResult period, String periodCode, String unitCode,
                                    boolean vi) {
        List<Charts.Rank> ranks = new ArrayList<>();
        int most = period.size();
        for (TrendPoint t : new History(results).trend(unitCode)) {
            int rank = t.isOwn() ? t.own().rank()
                    : t.predecessors().stream().mapToInt(UnitResult::rank).min().orElse(0);
            if (rank > 0) {
                ranks.add(new Charts.Rank(t.period().name(), rank));
                most = Math.max(most, t.units());
            }
            if (t.period().code().equals(periodCode)) {
                break;
            }
        }
        return ranks.size() < 2 ? null : Charts.ranks(ranks, most, vi ? "Thứ hạng" : "Rank");
    }

    /** An A4 portrait page with the report's style, page numbers and a footer line. */
    private static String page(String lang, String title, String body, String footer, String pageWord) {
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\" /><title>" + esc(title)
                + "</title><style>"
                + "@page { size: A4; margin: 20mm 18mm 22mm 22mm;"
                + " @bottom-left { content: \"" + esc(footer).replace("\"", "'") + "\"; font-family: '"
                + PdfDocument.FAMILY + "'; font-size: 8pt; color: #555; }"
                + " @bottom-right { content: \"" + pageWord + " \" counter(page) \"/\" counter(pages); font-family: '"
                + PdfDocument.FAMILY + "'; font-size: 8pt; color: #555; } }"
                + "body { font-family: '" + PdfDocument.FAMILY + "'; font-size: 11.5pt; line-height: 1.45; color: #111; }"
                + ".issuer { font-size: 9.5pt; text-transform: uppercase; color: #444; border-bottom: 1px solid #999;"
                + " padding-bottom: 2mm; margin-bottom: 4mm; }"
                + ".demo { border: 1px solid #b45309; color: #7c2d12; padding: 2mm; font-size: 9.5pt; }"
                + "h1 { font-size: 16pt; color: #1f4e79; margin: 0 0 3mm 0; }"
                + "p { margin: 0 0 2mm 0; text-align: justify; } ul { margin: 0 0 3mm 0; padding-left: 6mm; }"
                + "li { margin-bottom: 1mm; } img.chart { width: 160mm; margin: 2mm 0 4mm 0; }"
                + "</style></head><body>" + body + "</body></html>";
    }
}
