package org.parindex.documents.xlsx;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parindex.core.framework.Band;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.Numbers;
import org.parindex.core.framework.Rule;

/**
 * The framework workbook: sheet {@value #INFO} (id, name, aggregation…), {@value #BANDS} (one row per band) and
 * {@value #NODES} (one row per node, parents before their children, with its level, code, name, maximum, kind, rule and
 * parameters, evidence, NA handling, unit groups, source, weight and description; rows fold by field and criterion).
 * {@link FrameworkWorkbookReader} reads it back to the same framework. An empty one is the template.
 */
public final class FrameworkWorkbook {

    public static final String FORMAT = "parindex/framework-xlsx@1";
    static final String INFO = "Thông tin";
    static final String BANDS = "Xếp loại";
    static final String NODES = "Bộ chỉ số";
    static final String GUIDE = "Hướng dẫn";

    /** The columns of {@value #NODES}: the key (second header row, what the reader goes by) and the Vietnamese label. */
    enum Column {
        LEVEL("level", "Cấp"), CODE("code", "Mã"), NAME("name", "Tên nội dung"), MAX("max", "Điểm tối đa"),
        KIND("kind", "Loại"), RULE("rule", "Cách chấm"), PARAMETERS("parameters", "Tham số của cách chấm"),
        EVIDENCE("evidence", "Tài liệu kiểm chứng"), NOT_APPLICABLE("notApplicable", "Không phát sinh (KPS)"),
        UNIT_GROUPS("unitGroups", "Nhóm đơn vị áp dụng"), SOURCE("source", "Nguồn số liệu"),
        WEIGHT("weight", "Trọng số"), DESCRIPTION("description", "Mô tả");

        final String key;
        final String label;

        Column(String key, String label) {
            this.key = key;
            this.label = label;
        }
    }

    static final List<String> INFO_KEYS = List.of("format", "id", "name", "issuedBy", "aggregation", "capAt100",
            "decimals", "demo");

    private FrameworkWorkbook() { }

    /** The template: every sheet with its headers and the guide, no rows. */
    public static byte[] template() {
        return build(null);
    }

    public static byte[] write(Framework framework) {
        return build(framework);
    }

    private static byte[] build(Framework framework) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheets sheets = new Sheets(workbook);
        info(workbook.createSheet(INFO), sheets, framework);
        bands(workbook.createSheet(BANDS), sheets, framework == null ? List.of() : framework.bands());
        nodes(workbook.createSheet(NODES), sheets, framework == null ? List.of() : framework.nodes());
        guide(workbook.createSheet(GUIDE), sheets);
        workbook.setActiveSheet(2);
        return Sheets.bytes(workbook);
    }

    private static void info(Sheet sheet, Sheets s, Framework f) {
        Row head = sheet.createRow(0);
        Sheets.put(head, 0, "Khóa", s.header);
        Sheets.put(head, 1, "Giá trị", s.header);
        Sheets.put(head, 2, "Ý nghĩa", s.header);
        String[][] rows = {
            {"format", FORMAT, "định dạng của sổ này, giữ nguyên"},
            {"id", f == null ? "" : f.id(), "mã bộ chỉ số, ví dụ commune-2023 (chữ, số, '.', '-', '_')"},
            {"name", f == null ? "" : f.name(), "tên bộ chỉ số"},
            {"issuedBy", f == null ? "" : nullToEmpty(f.issuedBy()), "văn bản ban hành (không bắt buộc)"},
            {"aggregation", f == null ? "points" : f.aggregation().code(), "points: tổng điểm / tổng điểm tối đa; weighted: theo trọng số lĩnh vực"},
            {"capAt100", f == null ? "true" : String.valueOf(f.capAt100()), "true: chỉ số không vượt 100%"},
            {"decimals", f == null ? "2" : String.valueOf(f.decimals()), "số chữ số thập phân khi làm tròn %"},
            {"demo", f != null && f.demo() ? "true" : "", "true: dữ liệu minh họa"},
        };
        int[] widths = new int[3];
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i + 1);
            for (int c = 0; c < 3; c++) {
                if (c == 1 && rows[i][0].equals("decimals")) {
                    Sheets.put(row, c, Double.parseDouble(rows[i][c]), s.text);
                } else {
                    Sheets.put(row, c, rows[i][c], s.text);
                }
                Sheets.fit(widths, c, rows[i][c]);
            }
        }
        Sheets.widths(sheet, widths);
        Sheets.layout(sheet, 0, 1, false);
    }

    private static void bands(Sheet sheet, Sheets s, List<Band> bands) {
        String[][] head = {{"Mã", "Tên xếp loại", "Từ (% chỉ số, tính cả mức này)"}, {"code", "name", "min"}};
        int[] widths = headers(sheet, s, head);
        int r = 2;
        for (Band band : bands) {
            Row row = sheet.createRow(r++);
            Sheets.put(row, 0, band.code(), s.text);
            Sheets.put(row, 1, band.name(), s.text);
            Sheets.put(row, 2, band.min(), s.points);
            Sheets.fit(widths, 1, band.name());
        }
        Sheets.widths(sheet, widths);
        Sheets.layout(sheet, 0, 2, false);
    }

    private static void nodes(Sheet sheet, Sheets s, List<Node> top) {
        Column[] columns = Column.values();
        String[][] head = new String[2][columns.length];
        for (Column c : columns) {
            head[0][c.ordinal()] = c.label;
            head[1][c.ordinal()] = c.key;
        }
        int[] widths = headers(sheet, s, head);
        int last = write(sheet, s, top, 1, 2, widths);
        widths[Column.NAME.ordinal()] = Math.min(widths[Column.NAME.ordinal()], 70);
        widths[Column.DESCRIPTION.ordinal()] = Math.min(widths[Column.DESCRIPTION.ordinal()], 50);
        Sheets.widths(sheet, widths);
        sheet.setRowSumsBelow(false);
        Sheets.layout(sheet, 3, 2, true);
        choices(sheet, Column.KIND, "scored", "bonus", "deduction");
        choices(sheet, Column.RULE, "manual", "yesno", "choice", "tiers", "linear", "count");
        choices(sheet, Column.EVIDENCE, "required", "optional", "none");
        choices(sheet, Column.NOT_APPLICABLE, "forbidden", "full", "exclude");
        if (last < 2) {
            sheet.createRow(2);
        }
    }

    /** Writes the nodes from {@code r}, pre-order; returns the next free row. Children are grouped under their parent. */
    private static int write(Sheet sheet, Sheets s, List<Node> nodes, int level, int r, int[] widths) {
        for (Node node : nodes) {
            Row row = sheet.createRow(r++);
            Sheets.put(row, Column.LEVEL.ordinal(), level, s.points);
            Sheets.put(row, Column.CODE.ordinal(), node.code(), level == 1 ? s.bold : s.text);
            Sheets.put(row, Column.NAME.ordinal(), node.name(), level == 1 ? s.bold : s.wrapped);
            if (node.stated() != null) {
                Sheets.put(row, Column.MAX.ordinal(), node.stated(), s.points);
            }
            Sheets.put(row, Column.KIND.ordinal(), node.kind().code(), s.text);
            if (node.isLeaf()) {
                Sheets.put(row, Column.RULE.ordinal(), node.rule() == null ? "manual" : node.rule().type(), s.text);
                Sheets.put(row, Column.PARAMETERS.ordinal(), parameters(node.rule()), s.text);
            }
            Sheets.put(row, Column.EVIDENCE.ordinal(), node.evidence(), s.text);
            Sheets.put(row, Column.NOT_APPLICABLE.ordinal(), node.notApplicable().code(), s.text);
            Sheets.put(row, Column.UNIT_GROUPS.ordinal(), node.unitGroups().stream().sorted()
                    .collect(Collectors.joining(", ")), s.text);
            Sheets.put(row, Column.SOURCE.ordinal(), node.source(), s.text);
            if (node.weight() != null) {
                Sheets.put(row, Column.WEIGHT.ordinal(), node.weight(), s.points);
            }
            Sheets.put(row, Column.DESCRIPTION.ordinal(), nullToEmpty(node.description()), s.wrapped);
            for (Column c : Column.values()) {
                Sheets.fit(widths, c.ordinal(), SafeWorkbook.text(row.getCell(c.ordinal())));
            }
            if (!node.isLeaf()) {
                int first = r;
                r = write(sheet, s, node.children(), level + 1, r, widths);
                sheet.groupRow(first, r - 1);
            }
        }
        return r;
    }

    /** A rule's parameters as the {@value #NODES} sheet writes them: the YAML keys of the rule, without its type. */
    static String parameters(Rule rule) {
        if (rule instanceof Rule.Manual m) {
            return m.step() == null ? "" : "step: " + Numbers.plain(m.step());
        }
        if (rule instanceof Rule.Choice c) {
            return "options: [" + c.options().stream().map(o -> "{code: " + Yaml.quote(o.code()) + ", label: "
                    + Yaml.quote(o.label()) + ", points: " + Numbers.plain(o.points()) + "}")
                    .collect(Collectors.joining(", ")) + "]";
        }
        if (rule instanceof Rule.Tiers t) {
            return "tiers: [" + t.tiers().stream().map(x -> "{" + (x.atLeast() != null ? "atLeast: "
                    + Numbers.plain(x.atLeast()) : "atMost: " + Numbers.plain(x.atMost())) + ", points: "
                    + Numbers.plain(x.points()) + "}").collect(Collectors.joining(", ")) + "]";
        }
        if (rule instanceof Rule.Linear l) {
            return "from: " + Numbers.plain(l.from()) + ", to: " + Numbers.plain(l.to());
        }
        if (rule instanceof Rule.Count c) {
            return "perOccurrence: " + Numbers.plain(c.perOccurrence());
        }
        return "";
    }

    private static int[] headers(Sheet sheet, Sheets s, String[][] head) {
        int[] widths = new int[head[0].length];
        for (int r = 0; r < head.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < head[r].length; c++) {
                Sheets.put(row, c, head[r][c], s.header);
                Sheets.fit(widths, c, head[r][c]);
            }
        }
        return widths;
    }

    private static void choices(Sheet sheet, Column column, String... values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        var constraint = helper.createExplicitListConstraint(values);
        var validation = helper.createValidation(constraint, new CellRangeAddressList(2, SafeWorkbook.MAX_ROWS - 1,
                column.ordinal(), column.ordinal()));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private static void guide(Sheet sheet, Sheets s) {
        String[] lines = {
            "Sổ bộ chỉ số (" + FORMAT + ")",
            "Mỗi dòng của trang \"" + NODES + "\" là một nội dung: lĩnh vực (cấp 1), tiêu chí (cấp 2), tiêu chí thành phần (cấp 3 trở đi).",
            "Nội dung cha đứng trước các nội dung con; cấp của dòng sau không được lớn hơn cấp của dòng trước quá 1.",
            "Điểm tối đa: bắt buộc ở nội dung không có nội dung con; ở nội dung cha có thể bỏ trống (bằng tổng điểm các nội dung con).",
            "Loại: scored (chấm điểm, mặc định), bonus (điểm thưởng), deduction (điểm trừ).",
            "Cách chấm: manual (nhập điểm; tham số step: 0.5), yesno (có/không), choice (options: [{code: a, label: \"Đầy đủ\", points: 1}]),",
            "  tiers (tiers: [{atLeast: 95, points: 2}, {atLeast: 80, points: 1}]), linear (from: 0, to: 50), count (perOccurrence: 0.25).",
            "Tài liệu kiểm chứng: required, optional (mặc định), none. Không phát sinh: forbidden (mặc định), full (được điểm tối đa), exclude (không tính vào điểm tối đa).",
            "Nhóm đơn vị: để trống nếu áp dụng cho mọi đơn vị, hoặc liệt kê, ví dụ: commune, town. Nguồn: self, indicator:<mã>, survey:<mã>.",
            "Trọng số: chỉ ở lĩnh vực (cấp 1) khi aggregation là weighted.",
            "Công thức không được tính lại: ParIndex đọc giá trị đã lưu trong ô. Sổ có macro hoặc liên kết ngoài bị từ chối.",
            "Mỗi lỗi được báo theo dạng Trang!Ô: nội dung lỗi, ví dụ " + NODES + "!D7: leaf 1.1 needs `max` greater than 0.",
        };
        for (int i = 0; i < lines.length; i++) {
            Sheets.put(sheet.createRow(i), 0, lines[i], i == 0 ? s.bold : s.text);
        }
        sheet.setColumnWidth(0, 140 * 256);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
