package org.parindex.documents.xlsx;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.Unit;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.Numbers;

/**
 * The scores workbook of one period: one sheet per stage, one row per unit, one column per leaf (its code and name in
 * two header rows, its maximum in a third), "KPS" where an item did not arise (NA), a row's note as the cell's
 * comment. Columns are the framework's leaves in order, and a parent where the period gives only its total.
 * {@link ScoresWorkbookReader} reads it back to the same rows.
 */
public final class ScoresWorkbook {

    public static final String FORMAT = "parindex/scores-xlsx@1";
    /** How the workbook writes NA: không phát sinh. */
    public static final String NOT_APPLICABLE = "KPS";
    static final String INFO = "Thông tin";
    static final int HEADER_ROWS = 3;
    static final int FIRST_NODE_COLUMN = 2;
    static final Map<Stage, String> SHEETS = new EnumMap<>(Map.of(Stage.SELF, "Tự đánh giá",
            Stage.APPRAISAL1, "Thẩm định lần 1", Stage.FINAL, "Kết quả thẩm định"));

    private ScoresWorkbook() { }

    public static byte[] write(Bundle bundle, Period period) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, false, true);
        Sheets sheets = new Sheets(workbook);
        info(workbook.createSheet(INFO), sheets, period);
        List<Node> columns = columns(period);
        List<Unit> units = units(bundle, period);
        Map<Stage, Map<String, Map<String, ScoreRow>>> byStage = new EnumMap<>(Stage.class);
        for (ScoreRow r : period.rows()) {
            byStage.computeIfAbsent(r.stage(), s -> new LinkedHashMap<>()).computeIfAbsent(r.unit(),
                    u -> new LinkedHashMap<>()).put(r.node(), r);
        }
        if (byStage.isEmpty()) {
            byStage.put(Stage.FINAL, Map.of());
        }
        for (Map.Entry<Stage, Map<String, Map<String, ScoreRow>>> stage : byStage.entrySet()) {
            stage(workbook.createSheet(SHEETS.get(stage.getKey())), sheets, columns, units, stage.getValue());
        }
        workbook.setActiveSheet(1);
        byte[] bytes = Sheets.bytes(workbook);
        workbook.dispose();
        return bytes;
    }

    private static void info(Sheet sheet, Sheets s, Period period) {
        String[][] rows = {{"Khóa", "Giá trị"}, {"format", FORMAT}, {"period", period.code()},
            {"periodName", period.name()}, {"framework", period.framework().id()},
            {"note", NOT_APPLICABLE + " = không phát sinh (NA); ô trống = chưa có điểm; ghi chú của một điểm là chú thích (comment) của ô"}};
        int[] widths = new int[2];
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i);
            for (int c = 0; c < 2; c++) {
                Sheets.put(row, c, rows[i][c], i == 0 ? s.header : s.text);
                Sheets.fit(widths, c, rows[i][c]);
            }
        }
        Sheets.widths(sheet, widths);
    }

    private static void stage(Sheet sheet, Sheets s, List<Node> columns, List<Unit> units,
                              Map<String, Map<String, ScoreRow>> rows) {
        int[] widths = new int[FIRST_NODE_COLUMN + columns.size()];
        Row codes = sheet.createRow(0);
        Row names = sheet.createRow(1);
        Row maxima = sheet.createRow(2);
        Sheets.put(codes, 0, "Mã đơn vị", s.header);
        Sheets.put(codes, 1, "Tên đơn vị", s.header);
        Sheets.put(names, 0, "", s.header);
        Sheets.put(names, 1, "", s.header);
        Sheets.put(maxima, 0, "", s.header);
        Sheets.put(maxima, 1, "Điểm tối đa", s.header);
        names.setHeightInPoints(60);
        for (int i = 0; i < columns.size(); i++) {
            Node node = columns.get(i);
            int c = FIRST_NODE_COLUMN + i;
            Sheets.put(codes, c, node.code(), s.header);
            Sheets.put(names, c, node.name(), s.header);
            Sheets.put(maxima, c, node.max(), s.points);
            widths[c] = Math.max(8, Math.min(18, node.name().length() / 3));
        }
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        int r = HEADER_ROWS;
        for (Unit unit : units) {
            Row row = sheet.createRow(r++);
            Sheets.put(row, 0, unit.code(), s.text);
            Sheets.put(row, 1, unit.name(), s.text);
            Sheets.fit(widths, 0, unit.code());
            Sheets.fit(widths, 1, unit.name());
            Map<String, ScoreRow> own = rows.getOrDefault(unit.code(), Map.of());
            for (int i = 0; i < columns.size(); i++) {
                ScoreRow score = own.get(columns.get(i).code());
                if (score != null) {
                    value(row.createCell(FIRST_NODE_COLUMN + i), score, s, drawing);
                }
            }
        }
        Sheets.widths(sheet, widths);
        Sheets.layout(sheet, FIRST_NODE_COLUMN, HEADER_ROWS, true);
    }

    private static void value(Cell cell, ScoreRow score, Sheets s, Drawing<?> drawing) {
        String value = score.value().trim();
        if (score.notApplicable()) {
            cell.setCellValue(NOT_APPLICABLE);
        } else if (isNumber(value)) {
            cell.setCellValue(Double.parseDouble(value));
            cell.setCellStyle(s.points);
        } else {
            cell.setCellValue(value);
        }
        if (score.note() != null && !score.note().isEmpty()) {
            ClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, cell.getColumnIndex() + 1, cell.getRowIndex(),
                    cell.getColumnIndex() + 4, cell.getRowIndex() + 3);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(cell.getSheet().getWorkbook().getCreationHelper().createRichTextString(score.note()));
            comment.setAddress(cell.getAddress());
            cell.setCellComment(comment);
        }
    }

    /** A value that is written back the same from a number cell (so 4.80 stays text, as the scores file has it). */
    static boolean isNumber(String value) {
        try {
            return Numbers.plain(Numbers.parse(value, "aNumber")).equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The leaves of the framework in order, and the parents the period gives totals for. */
    static List<Node> columns(Period period) {
        Set<String> given = new LinkedHashSet<>();
        period.rows().forEach(r -> given.add(r.node()));
        List<Node> out = new ArrayList<>();
        for (Node n : period.framework().allNodes()) {
            if (n.isLeaf() || given.contains(n.code())) {
                out.add(n);
            }
        }
        return out;
    }

    /** The units that existed during the period and those the rows name, in the bundle's order. */
    static List<Unit> units(Bundle bundle, Period period) {
        Set<String> named = new LinkedHashSet<>();
        period.rows().forEach(r -> named.add(r.unit()));
        return bundle.units().stream().filter(u -> named.contains(u.code()) || u.existsBetween(period.from(), period.to()))
                .toList();
    }
}
