package org.parindex.documents.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.Unit;
import org.parindex.core.framework.Node;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problems;

/**
 * Reads a scores workbook ({@link ScoresWorkbook}) for a period of a bundle: every value is checked by its node's rule
 * (core's {@link Node#check}), every problem reported as {@code Sheet!Cell: message}.
 */
public final class ScoresWorkbookReader {

    private final String name;
    private final Period period;
    private final Map<String, Unit> units;
    private final Map<String, Node> nodes;
    private final Problems problems = new Problems();

    private ScoresWorkbookReader(String name, Period period, Map<String, Unit> units) {
        this.name = name;
        this.period = period;
        this.units = units;
        this.nodes = period.framework().byCode();
    }

    /** The period's score rows as the workbook gives them, every stage; {@link BadInputException} with every problem. */
    public static List<ScoreRow> read(byte[] bytes, String name, Period period, Map<String, Unit> units) {
        try (XSSFWorkbook workbook = SafeWorkbook.open(bytes, name)) {
            return new ScoresWorkbookReader(name, period, units).read(workbook);
        } catch (IOException e) {
            throw SafeWorkbook.refuse(name, "not a readable .xlsx workbook");
        }
    }

    private List<ScoreRow> read(XSSFWorkbook workbook) {
        info(workbook.getSheet(ScoresWorkbook.INFO));
        List<ScoreRow> rows = new ArrayList<>();
        boolean any = false;
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().equals(ScoresWorkbook.INFO)) {
                continue;
            }
            Stage stage = stage(sheet.getSheetName());
            if (stage == null) {
                problems.add(sheet.getSheetName(), 0, "unknown sheet; a stage's sheet is named "
                        + String.join(", ", ScoresWorkbook.SHEETS.values()));
                continue;
            }
            any = true;
            stage(sheet, stage, rows);
        }
        if (!any && problems.isEmpty()) {
            problems.add(name, 0, "no stage sheet (" + String.join(", ", ScoresWorkbook.SHEETS.values()) + ")");
        }
        problems.throwIfAny();
        return rows;
    }

    private void info(Sheet info) {
        if (info == null) {
            problems.add(name, 0, "no sheet \"" + ScoresWorkbook.INFO + "\"; export the scores workbook to start from");
            return;
        }
        for (Row row : info) {
            String key = SafeWorkbook.text(row.getCell(0));
            String value = SafeWorkbook.text(row.getCell(1));
            String at = FrameworkWorkbookReader.ref(info, row.getRowNum(), 1);
            if (key.equals("format") && !value.equals(ScoresWorkbook.FORMAT)) {
                problems.add(at, 0, "format \"" + value + "\" is not " + ScoresWorkbook.FORMAT);
            } else if (key.equals("period") && !value.equals(period.code())) {
                problems.add(at, 0, "the workbook is for period \"" + value + "\", not " + period.code());
            }
        }
    }

    private static Stage stage(String sheetName) {
        for (Map.Entry<Stage, String> e : ScoresWorkbook.SHEETS.entrySet()) {
            if (e.getValue().equals(sheetName) || e.getKey().code().equals(sheetName)) {
                return e.getKey();
            }
        }
        return null;
    }

    private void stage(Sheet sheet, Stage stage, List<ScoreRow> out) {
        Row header = sheet.getRow(0);
        if (header == null) {
            problems.add(sheet.getSheetName(), 0, "no header row of node codes");
            return;
        }
        Map<Integer, Node> columns = new HashMap<>();
        Set<String> seenCodes = new HashSet<>();
        for (Cell cell : header) {
            int c = cell.getColumnIndex();
            String code = SafeWorkbook.text(cell);
            if (c < ScoresWorkbook.FIRST_NODE_COLUMN || code.isEmpty()) {
                continue;
            }
            Node node = nodes.get(code);
            String at = FrameworkWorkbookReader.ref(sheet, 0, c);
            if (node == null) {
                problems.add(at, 0, "no node \"" + code + "\" in framework " + period.framework().id());
            } else if (!seenCodes.add(code)) {
                problems.add(at, 0, "node " + code + " has two columns");
            } else {
                columns.put(c, node);
            }
        }
        Set<String> seenUnits = new HashSet<>();
        for (Row row : sheet) {
            if (row.getRowNum() < ScoresWorkbook.HEADER_ROWS) {
                continue;
            }
            String unit = SafeWorkbook.text(row.getCell(0));
            if (unit.isEmpty()) {
                if (hasValues(row, columns)) {
                    problems.add(FrameworkWorkbookReader.ref(sheet, row.getRowNum(), 0), 0, "values without a unit code");
                }
                continue;
            }
            String at = FrameworkWorkbookReader.ref(sheet, row.getRowNum(), 0);
            if (!units.containsKey(unit)) {
                problems.add(at, 0, "no unit \"" + unit + "\" in units.csv");
                continue;
            }
            if (!seenUnits.add(unit)) {
                problems.add(at, 0, "unit " + unit + " has two rows on this sheet");
                continue;
            }
            for (Map.Entry<Integer, Node> column : columns.entrySet()) {
                value(sheet, row, column.getKey(), column.getValue(), unit, stage, out);
            }
        }
    }

    private void value(Sheet sheet, Row row, int c, Node node, String unit, Stage stage, List<ScoreRow> out) {
        Cell cell = row.getCell(c);
        String value = SafeWorkbook.text(cell);
        if (value.isEmpty()) {
            return;
        }
        if (value.equalsIgnoreCase(ScoresWorkbook.NOT_APPLICABLE)) {
            value = Node.NOT_APPLICABLE;
        }
        String at = FrameworkWorkbookReader.ref(sheet, row.getRowNum(), c);
        if (node.isLeaf()) {
            var wrong = node.check(value);
            if (wrong.isPresent()) {
                problems.add(at, 0, "node " + node.code() + ": " + (wrong.get().equals(Node.NOT_APPLICABLE)
                        ? ScoresWorkbook.NOT_APPLICABLE + " is not allowed for this item" : wrong.get()));
                return;
            }
        }
        Comment comment = cell.getCellComment();
        String note = comment == null ? "" : comment.getString().getString().trim();
        out.add(new ScoreRow(unit, node.code(), value, note, stage, "", row.getRowNum() + 1));
    }

    private static boolean hasValues(Row row, Map<Integer, Node> columns) {
        return columns.keySet().stream().anyMatch(c -> !SafeWorkbook.text(row.getCell(c)).isEmpty());
    }
}
