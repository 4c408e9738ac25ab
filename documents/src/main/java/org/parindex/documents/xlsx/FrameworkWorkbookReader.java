package org.parindex.documents.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parindex.core.framework.Framework;
import org.parindex.core.io.FrameworkReader;
import org.parindex.core.io.YamlTree;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problem;
import org.parindex.core.problem.Problems;
import org.parindex.documents.xlsx.FrameworkWorkbook.Column;

/**
 * Reads a framework workbook ({@link FrameworkWorkbook}) into a framework. The cells become a framework file line by
 * line, core's {@link FrameworkReader} checks it, and every problem is reported at its cell as
 * {@code Sheet!Cell: message}; the workbook is opened by {@link SafeWorkbook} (bounded, values only).
 */
public final class FrameworkWorkbookReader {

    private final String name;
    private final Yaml yaml = new Yaml();
    private final Problems problems = new Problems();
    /** For a node's or band's first line: the cell of a key a problem there may name (`max` → its cell). */
    private final Map<Integer, Map<String, String>> keyCells = new HashMap<>();

    /** Where each key of the info sheet, and the bands and nodes lists, are: for "missing key `id`" and the like. */
    private final Map<String, String> keyPlaces = new HashMap<>();

    private FrameworkWorkbookReader(String name) {
        this.name = name;
    }

    /** The framework; {@link BadInputException} with every problem when the workbook cannot be one. */
    public static Framework read(byte[] bytes, String name) {
        try (XSSFWorkbook workbook = SafeWorkbook.open(bytes, name)) {
            return new FrameworkWorkbookReader(name).read(workbook);
        } catch (java.io.IOException e) {
            throw SafeWorkbook.refuse(name, "not a readable .xlsx workbook");
        }
    }

    private Framework read(XSSFWorkbook workbook) {
        Sheet info = sheet(workbook, FrameworkWorkbook.INFO);
        Sheet bands = sheet(workbook, FrameworkWorkbook.BANDS);
        Sheet nodes = sheet(workbook, FrameworkWorkbook.NODES);
        problems.throwIfAny();
        yaml.line("format: " + Yaml.quote(Framework.FORMAT), ref(info, 0, 1));
        info(info);
        bands(bands);
        nodes(nodes);
        Problems found = new Problems();
        Framework framework = FrameworkReader.parse(yaml.text(), name, found);
        for (Problem p : found.list()) {
            problems.add(where(p), 0, p.message());
        }
        problems.throwIfAny();
        return framework;
    }

    private Sheet sheet(XSSFWorkbook workbook, String sheetName) {
        Sheet sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
            problems.add(name, 0, "no sheet \"" + sheetName + "\"; start from the framework template");
        }
        return sheet;
    }

    private void info(Sheet sheet) {
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            String key = SafeWorkbook.text(row.getCell(0));
            Cell cell = row.getCell(1);
            String value = SafeWorkbook.text(cell);
            String at = ref(sheet, row.getRowNum(), 1);
            if (key.isEmpty()) {
                continue;
            }
            keyPlaces.put("`" + key + "`", at);
            if (!FrameworkWorkbook.INFO_KEYS.contains(key)) {
                problems.add(ref(sheet, row.getRowNum(), 0), 0, "unknown key \"" + key + "\", expected one of "
                        + FrameworkWorkbook.INFO_KEYS);
            } else if (key.equals("format")) {
                if (!value.equals(FrameworkWorkbook.FORMAT)) {
                    problems.add(at, 0, "format \"" + value + "\" is not " + FrameworkWorkbook.FORMAT
                            + "; start from the framework template");
                }
            } else if (!value.isEmpty()) {
                yaml.line(key + ": " + scalar(key, cell, value), at);
            }
        }
    }

    private static String scalar(String key, Cell cell, String value) {
        boolean flag = key.equals("capAt100") || key.equals("demo");
        String lower = value.toLowerCase(Locale.ROOT);
        if (flag && (lower.equals("true") || lower.equals("false"))) {
            return lower;
        }
        return SafeWorkbook.isNumber(cell) ? value : Yaml.quote(value);
    }

    private void bands(Sheet sheet) {
        yaml.line("bands:", sheet.getSheetName());
        keyPlaces.put("`bands`", sheet.getSheetName());
        for (Row row : sheet) {
            if (row.getRowNum() < 2 || blank(row, 3)) {
                continue;
            }
            String code = SafeWorkbook.text(row.getCell(0));
            String bandName = SafeWorkbook.text(row.getCell(1));
            Cell min = row.getCell(2);
            yaml.line("  - {code: " + Yaml.quote(code) + ", name: " + Yaml.quote(bandName) + ", min: "
                    + number(min) + "}", ref(sheet, row.getRowNum(), 0));
            keyCells.put(yaml.lines(), Map.of("`min`", ref(sheet, row.getRowNum(), 2)));
        }
    }

    private void nodes(Sheet sheet) {
        yaml.line("nodes:", sheet.getSheetName());
        keyPlaces.put("`nodes`", sheet.getSheetName());
        int depth = -1;
        for (Row row : sheet) {
            if (row.getRowNum() < 2 || blank(row, Column.values().length)) {
                continue;
            }
            int level = level(sheet, row, depth);
            int d = level - 1;
            if (d == depth + 1 && depth >= 0) {
                yaml.line(" ".repeat(4 + 4 * depth) + "children:", ref(sheet, row.getRowNum(), Column.LEVEL.ordinal()));
            }
            depth = d;
            node(sheet, row, " ".repeat(2 + 4 * d));
        }
    }

    /** The row's level; a missing, wrong or too deep one is reported and read as the nearest allowed. */
    private int level(Sheet sheet, Row row, int depth) {
        Cell cell = row.getCell(Column.LEVEL.ordinal());
        String raw = SafeWorkbook.text(cell);
        String at = ref(sheet, row.getRowNum(), Column.LEVEL.ordinal());
        int level;
        try {
            level = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            problems.add(at, 0, raw.isEmpty() ? "no level: write 1 for a field, 2 for a criterion, 3 and more below"
                    : "level \"" + raw + "\" is not a whole number from 1");
            return Math.max(1, depth + 1);
        }
        if (level < 1 || level > depth + 2) {
            problems.add(at, 0, level < 1 ? "level " + level + " must be 1 or more"
                    : "level " + level + " follows a row of level " + (depth + 1) + "; a row can be at most one level deeper than the row above");
            return Math.max(1, Math.min(level, depth + 2));
        }
        return level;
    }

    private void node(Sheet sheet, Row row, String dash) {
        int r = row.getRowNum();
        String keys = dash + "  ";
        yaml.line(dash + "- code: " + Yaml.quote(text(row, Column.CODE)), ref(sheet, r, Column.CODE.ordinal()));
        keyCells.put(yaml.lines(), Map.of("`max`", ref(sheet, r, Column.MAX.ordinal()),
                "`weight`", ref(sheet, r, Column.WEIGHT.ordinal())));
        key(sheet, row, keys, Column.NAME, Yaml.quote(text(row, Column.NAME)), true);
        key(sheet, row, keys, Column.MAX, number(row.getCell(Column.MAX.ordinal())), false);
        key(sheet, row, keys, Column.KIND, quoted(row, Column.KIND), false);
        key(sheet, row, keys, Column.WEIGHT, number(row.getCell(Column.WEIGHT.ordinal())), false);
        String groups = text(row, Column.UNIT_GROUPS);
        if (!groups.isEmpty()) {
            List<String> list = new ArrayList<>();
            for (String g : groups.split("[,;]")) {
                if (!g.isBlank()) {
                    list.add(Yaml.quote(g.trim()));
                }
            }
            key(sheet, row, keys, Column.UNIT_GROUPS, "[" + String.join(", ", list) + "]", false);
        }
        key(sheet, row, keys, Column.SOURCE, quoted(row, Column.SOURCE), false);
        key(sheet, row, keys, Column.EVIDENCE, quoted(row, Column.EVIDENCE), false);
        key(sheet, row, keys, Column.NOT_APPLICABLE, quoted(row, Column.NOT_APPLICABLE), false);
        key(sheet, row, keys, Column.DESCRIPTION, quoted(row, Column.DESCRIPTION), false);
        String type = text(row, Column.RULE);
        String parameters = text(row, Column.PARAMETERS).replaceAll("[\\r\\n]+", " ");
        if (!type.isEmpty() || !parameters.isEmpty()) {
            String body = (type.isEmpty() ? "" : "type: " + Yaml.quote(type)) + (type.isEmpty() || parameters.isEmpty()
                    ? "" : ", ") + parameters;
            String at = ref(sheet, r, (parameters.isEmpty() ? Column.RULE : Column.PARAMETERS).ordinal());
            if (readable(body, at)) {
                yaml.line(keys + "rule: {" + body + "}", at);
            }
        }
    }

    /** Parameters that are not YAML are reported at their cell and left out, so the other rows are still checked. */
    private boolean readable(String body, String at) {
        Problems own = new Problems();
        YamlTree.parse("rule: {" + body + "}", at, own);
        for (Problem p : own.list()) {
            problems.add(at, 0, p.message() + " (parameters are written as in a framework file, e.g. from: 0, to: 50)");
        }
        return own.isEmpty();
    }

    private void key(Sheet sheet, Row row, String indent, Column column, String value, boolean always) {
        if (value != null && (always || !value.isEmpty())) {
            yaml.line(indent + column.key + ": " + value, ref(sheet, row.getRowNum(), column.ordinal()));
        }
    }

    private static String text(Row row, Column column) {
        return SafeWorkbook.text(row.getCell(column.ordinal()));
    }

    private static String quoted(Row row, Column column) {
        String s = text(row, column);
        return s.isEmpty() ? null : Yaml.quote(s);
    }

    /** A number as written, a text quoted (the reader then says it is not a number), or null when blank. */
    private static String number(Cell cell) {
        String s = SafeWorkbook.text(cell);
        if (s.isEmpty()) {
            return null;
        }
        return SafeWorkbook.isNumber(cell) ? s : Yaml.quote(s);
    }

    private static boolean blank(Row row, int columns) {
        for (int c = 0; c < columns; c++) {
            if (!SafeWorkbook.text(row.getCell(c)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Where a problem core found at a line of the built text is in the workbook. */
    private String where(Problem p) {
        if (p.line() <= 1 && p.message().startsWith("missing ")) {
            for (Map.Entry<String, String> key : keyPlaces.entrySet()) {
                if (p.message().endsWith(key.getKey())) {
                    return key.getValue();
                }
            }
        }
        String cell = yaml.cell(p.line());
        if (cell == null) {
            return name;
        }
        for (Map.Entry<String, String> key : keyCells.getOrDefault(p.line(), Map.of()).entrySet()) {
            if (p.message().contains(key.getKey())) {
                return key.getValue();
            }
        }
        return cell;
    }

    static String ref(Sheet sheet, int row, int column) {
        return ref(sheet.getSheetName(), row, column);
    }

    static String ref(String sheet, int row, int column) {
        return sheet + "!" + new CellReference(row, column).formatAsString();
    }
}
