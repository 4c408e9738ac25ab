package org.parindex.documents.pdf;

import static org.parindex.documents.pdf.PdfDocument.esc;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.history.BundleResults;
import org.parindex.core.integrity.Sha256;
import org.parindex.core.io.ResultsCsv;
import org.parindex.core.text.Figures;
import org.parindex.core.text.UnitNouns;

/**
 * The council's results appendix (Phụ lục: bảng xếp hạng) in the official layout: the issuing body and the national
 * motto at the head, A4 landscape, every unit's field results, points, index, band and rank, page numbers, and in the
 * footer the SHA-256 of the results CSV ({@code parindex score --format csv}), so anyone can check the figures.
 */
public final class ResultsAppendixPdf {

    private static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String MOTTO_2 = "Độc lập - Tự do - Hạnh phúc";

    private ResultsAppendixPdf() { }

    public static byte[] write(BundleResults results, String periodCode) {
        return PdfDocument.render(html(results, periodCode));
    }

    static String html(BundleResults results, String periodCode) {
        Bundle bundle = results.bundle();
        Period period = bundle.period(periodCode).orElseThrow();
        PeriodResult result = results.result(periodCode);
        int d = result.framework().decimals();
        List<Node> fields = result.framework().nodes().stream().filter(n -> n.kind() == NodeKind.SCORED).toList();
        Set<String> groups = result.ranking().stream().map(u -> u.unit().group()).collect(Collectors.toSet());
        String nouns = UnitNouns.list(groups, Figures.VIETNAMESE);
        StringBuilder b = new StringBuilder();
        b.append("<table class=\"head\"><tr><td class=\"issuer\"><div>").append(esc(upper(bundle.assessor())))
                .append("</div><div class=\"b\">HỘI ĐỒNG THẨM ĐỊNH<br />CHỈ SỐ CẢI CÁCH HÀNH CHÍNH</div><div class=\"rule\"></div></td>")
                .append("<td class=\"motto\"><div class=\"b\">").append(MOTTO).append("</div><div class=\"b u\">")
                .append(MOTTO_2).append("</div><div class=\"date\">")
                .append(period.announced() == null ? "" : esc(dateLine(period.announced()))).append("</div></td></tr></table>");
        if (bundle.demo() || result.framework().demo()) {
            b.append("<p class=\"demo\">DỮ LIỆU MINH HỌA: các con số (trừ số liệu của bài viết nguồn) là giả định.</p>");
        }
        b.append("<h1>PHỤ LỤC</h1><h2>BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CÁC ").append(esc(upper(nouns)))
                .append("</h2><p class=\"sub\">").append(esc(period.name())).append(" — ").append(result.size())
                .append(" đơn vị; khung đánh giá: ").append(esc(result.framework().name())).append("</p>");
        b.append("<table class=\"results\"><thead><tr><th rowspan=\"2\">STT</th><th rowspan=\"2\">Đơn vị</th>")
                .append("<th colspan=\"").append(fields.size()).append("\">Kết quả từng lĩnh vực (%)</th>")
                .append("<th rowspan=\"2\">Tổng điểm</th><th rowspan=\"2\">Chỉ số (%)</th>")
                .append("<th rowspan=\"2\">Xếp loại</th><th rowspan=\"2\">Xếp hạng</th></tr><tr>");
        for (Node f : fields) {
            b.append("<th title=\"").append(esc(f.name())).append("\">LV ").append(esc(f.code())).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        int n = 0;
        for (UnitResult u : result.ranking()) {
            b.append("<tr><td class=\"c\">").append(++n).append("</td><td>").append(esc(u.unit().name())).append("</td>");
            for (Node f : fields) {
                b.append("<td class=\"r\">").append(Figures.number(u.percent(f.code()), d, Figures.VIETNAMESE)).append("</td>");
            }
            b.append("<td class=\"r\">").append(Figures.number(u.points(), d, Figures.VIETNAMESE)).append("/")
                    .append(Figures.points(u.maximum(), Figures.VIETNAMESE)).append("</td><td class=\"r b\">")
                    .append(Figures.number(u.index(), d, Figures.VIETNAMESE)).append("</td><td>")
                    .append(esc(u.band().name())).append("</td><td class=\"c b\">").append(u.rank()).append("</td></tr>");
        }
        b.append("</tbody></table><p class=\"legend\">");
        for (Node f : fields) {
            b.append("<span>LV ").append(esc(f.code())).append(": ").append(esc(f.name())).append(". </span>");
        }
        b.append("</p><p class=\"legend\">Chỉ số = tổng điểm / tổng điểm tối đa × 100; các đơn vị bằng chỉ số cùng hạng. ")
                .append("Kiểm tra: <span class=\"mono\">parindex score BUNDLE --period ").append(esc(periodCode))
                .append(" --format csv | sha256sum</span> cho cùng mã SHA-256 ở chân trang.</p>");
        return page(period.name(), b.toString(), Sha256.of(ResultsCsv.write(result)));
    }

    static String upper(String s) {
        return s == null ? "" : s.toUpperCase(Figures.VIETNAMESE);
    }

    private static String dateLine(java.time.LocalDate date) {
        return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng " + date.getMonthValue() + " năm "
                + date.getYear();
    }

    private static String page(String title, String body, String sha) {
        String font = "font-family: '" + PdfDocument.FAMILY + "'; font-size: 7.5pt; color: #333;";
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\" /><title>Phụ lục: bảng xếp hạng — "
                + esc(title) + "</title><style>"
                + "@page { size: A4 landscape; margin: 15mm 15mm 18mm 20mm;"
                + " @bottom-left { content: \"SHA-256 của kết quả (CSV): " + esc(sha) + "\"; " + font + " }"
                + " @bottom-right { content: \"Trang \" counter(page) \"/\" counter(pages); " + font + " } }"
                + "body { font-family: '" + PdfDocument.FAMILY + "'; font-size: 10pt; color: #000; }"
                + "table.head { width: 100%; border-collapse: collapse; margin-bottom: 4mm; }"
                + "table.head td { vertical-align: top; text-align: center; width: 50%; font-size: 10.5pt; }"
                + ".b { font-weight: bold; } .u { text-decoration: underline; } .date { font-style: italic; margin-top: 2mm; }"
                + ".rule { width: 30mm; margin: 1mm auto 0 auto; border-top: 1px solid #000; }"
                + "h1 { text-align: center; font-size: 13pt; margin: 2mm 0 0 0; }"
                + "h2 { text-align: center; font-size: 12pt; margin: 1mm 0; } .sub { text-align: center; font-style: italic; }"
                + ".demo { border: 1px solid #000; padding: 1.5mm; font-size: 9pt; text-align: center; }"
                + "table.results { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }"
                + "table.results th, table.results td { border: 1px solid #000; padding: 1mm 1.5mm; font-size: 9pt; }"
                + "table.results th { background: #e8e8e8; text-align: center; } tr { page-break-inside: avoid; }"
                + ".r { text-align: right; } .c { text-align: center; }"
                + ".legend { font-size: 8pt; margin-top: 2mm; } .mono { font-family: '" + PdfDocument.FAMILY + "'; }"
                + "</style></head><body>" + body + "</body></html>";
    }
}
