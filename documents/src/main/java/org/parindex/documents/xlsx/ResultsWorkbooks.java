package org.parindex.documents.xlsx;

import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.history.BundleResults;
import org.parindex.core.history.History;

/**
 * Results as workbooks: a period's ranking (field %, points, index, band, rank and its change) and one unit's detail
 * down the framework's tree (rows fold by field and criterion). Numbers stay numbers; headers are frozen; A4.
 */
public final class ResultsWorkbooks {

    private ResultsWorkbooks() { }

    public static byte[] ranking(BundleResults results, String periodCode) {
        PeriodResult period = results.result(periodCode);
        History history = new History(results);
        List<Node> fields = period.framework().nodes().stream().filter(n -> n.kind() == NodeKind.SCORED).toList();
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, false, true);
        Sheets s = new Sheets(workbook);
        Sheet sheet = workbook.createSheet(sheetName(results, periodCode));
        int total = 3 + fields.size() + 5;
        int[] widths = new int[total];
        Row codes = sheet.createRow(0);
        Row names = sheet.createRow(1);
        String[] before = {"Hạng", "Mã đơn vị", "Đơn vị"};
        String[] after = {"Tổng điểm", "Điểm tối đa", "Chỉ số (%)", "Xếp loại", "Thay đổi hạng"};
        for (int c = 0; c < before.length; c++) {
            Sheets.put(codes, c, before[c], s.header);
            Sheets.put(names, c, "", s.header);
            Sheets.fit(widths, c, before[c]);
        }
        for (int i = 0; i < fields.size(); i++) {
            Sheets.put(codes, 3 + i, "Lĩnh vực " + fields.get(i).code() + " (%)", s.header);
            Sheets.put(names, 3 + i, fields.get(i).name(), s.header);
            widths[3 + i] = 14;
        }
        for (int c = 0; c < after.length; c++) {
            Sheets.put(codes, 3 + fields.size() + c, after[c], s.header);
            Sheets.put(names, 3 + fields.size() + c, "", s.header);
            Sheets.fit(widths, 3 + fields.size() + c, after[c]);
        }
        names.setHeightInPoints(75);
        CellStyle change = workbook.createCellStyle();
        change.setDataFormat(workbook.createDataFormat().getFormat("+0;-0;0"));
        int r = 2;
        for (UnitResult u : period.ranking()) {
            Row row = sheet.createRow(r++);
            Sheets.put(row, 0, u.rank(), s.points);
            Sheets.put(row, 1, u.unit().code(), s.text);
            Sheets.put(row, 2, u.unit().name(), s.text);
            Sheets.fit(widths, 1, u.unit().code());
            Sheets.fit(widths, 2, u.unit().name());
            for (int i = 0; i < fields.size(); i++) {
                Sheets.put(row, 3 + i, rounded(u.percent(fields.get(i).code()), period), s.decimal);
            }
            int c = 3 + fields.size();
            Sheets.put(row, c, rounded(u.points(), period), s.decimal);
            Sheets.put(row, c + 1, u.maximum(), s.points);
            Sheets.put(row, c + 2, rounded(u.index(), period), s.boldDecimal);
            Sheets.put(row, c + 3, u.band().name(), s.text);
            Sheets.fit(widths, c + 3, u.band().name());
            Optional<History.Change> moved = history.change(periodCode, u.unit().code());
            if (moved.isPresent()) {
                Sheets.put(row, c + 4, moved.get().rankGain(), change);
            }
        }
        Sheets.widths(sheet, widths);
        Sheets.layout(sheet, 3, 2, true);
        byte[] bytes = Sheets.bytes(workbook);
        workbook.dispose();
        return bytes;
    }

    /** One unit's result down the tree: code, name, maximum, points, %, the value as entered; rows fold by level. */
    public static byte[] unit(BundleResults results, String periodCode, String unitCode) {
        PeriodResult period = results.result(periodCode);
        UnitResult u = period.unit(unitCode).orElseThrow(() -> new IllegalArgumentException("no result for " + unitCode));
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheets s = new Sheets(workbook);
        Sheet sheet = workbook.createSheet(sheetName(results, periodCode));
        String[] head = {"Mã", "Nội dung", "Điểm tối đa", "Điểm đạt", "Tỷ lệ (%)", "Giá trị", "Ghi chú"};
        int[] widths = new int[head.length];
        Row title = sheet.createRow(0);
        Sheets.put(title, 0, u.unit().name() + " — " + results.bundle().period(periodCode).orElseThrow().name()
                + ": " + org.parindex.core.text.Figures.percent(u.index(), period.framework().decimals(),
                org.parindex.core.text.Figures.VIETNAMESE) + ", " + u.band().name() + ", hạng " + u.rank() + "/"
                + period.size(), s.bold);
        Row header = sheet.createRow(1);
        for (int c = 0; c < head.length; c++) {
            Sheets.put(header, c, head[c], s.header);
            Sheets.fit(widths, c, head[c]);
        }
        Row totals = sheet.createRow(2);
        Sheets.put(totals, 1, "Tổng cộng", s.bold);
        Sheets.put(totals, 2, u.maximum(), s.points);
        Sheets.put(totals, 3, rounded(u.points(), period), s.boldDecimal);
        Sheets.put(totals, 4, rounded(u.index(), period), s.boldDecimal);
        rows(sheet, s, period, u, period.framework().nodes(), 0, 3, widths);
        widths[1] = Math.min(widths[1], 80);
        Sheets.widths(sheet, widths);
        sheet.setRowSumsBelow(false);
        Sheets.layout(sheet, 2, 2, false);
        return Sheets.bytes(workbook);
    }

    private static int rows(Sheet sheet, Sheets s, PeriodResult period, UnitResult u, List<Node> nodes, int depth,
                            int r, int[] widths) {
        for (Node node : nodes) {
            UnitResult.NodeValue v = u.node(node.code());
            if (v == null || v.entry() == UnitResult.Entry.NOT_FOR_GROUP) {
                continue;
            }
            Row row = sheet.createRow(r++);
            CellStyle text = depth == 0 ? s.bold : s.wrapped;
            Sheets.put(row, 0, node.code(), depth == 0 ? s.bold : s.text);
            Sheets.put(row, 1, "  ".repeat(depth) + node.name(), text);
            Sheets.put(row, 2, v.maximum(), s.points);
            Sheets.put(row, 3, rounded(v.points(), period), s.decimal);
            double percent = u.percent(node.code());
            Sheets.put(row, 4, Double.isNaN(percent) ? Double.NaN : rounded(percent, period), s.decimal);
            Sheets.put(row, 5, entered(node, v), s.text);
            Sheets.put(row, 6, note(v.entry()), s.text);
            Sheets.fit(widths, 0, node.code());
            Sheets.fit(widths, 1, "  ".repeat(depth) + node.name());
            Sheets.fit(widths, 5, entered(node, v));
            Sheets.fit(widths, 6, note(v.entry()));
            if (!node.isLeaf() && v.entry() != UnitResult.Entry.IN_TOTAL) {
                int first = r;
                r = rows(sheet, s, period, u, node.children(), depth + 1, r, widths);
                if (r > first) {
                    sheet.groupRow(first, r - 1);
                }
            }
        }
        return r;
    }

    private static String entered(Node node, UnitResult.NodeValue v) {
        if (v.entry() == UnitResult.Entry.NOT_APPLICABLE) {
            return ScoresWorkbook.NOT_APPLICABLE;
        }
        if (v.entry() != UnitResult.Entry.VALUE || node.rule() == null || Double.isNaN(v.value())) {
            return "";
        }
        return node.rule().write(v.value());
    }

    private static String note(UnitResult.Entry entry) {
        return switch (entry) {
            case NOT_APPLICABLE -> "không phát sinh";
            case MISSING -> "chưa có điểm (tính 0)";
            case IN_TOTAL -> "chỉ có tổng điểm";
            default -> "";
        };
    }

    private static double rounded(double value, PeriodResult period) {
        return Double.isNaN(value) ? Double.NaN
                : org.parindex.core.framework.Numbers.round(value, period.framework().decimals()).doubleValue();
    }

    /** A sheet name Excel accepts: the period's code (codes never hold : \ / ? * [ ]). */
    private static String sheetName(BundleResults results, String periodCode) {
        return periodCode.length() > 31 ? periodCode.substring(0, 31) : periodCode;
    }
}
