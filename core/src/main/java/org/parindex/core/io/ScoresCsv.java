package org.parindex.core.io;

import java.util.ArrayList;
import java.util.List;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.problem.Problems;

/** Reads and writes a period's scores file: one row per unit, node and stage. */
public final class ScoresCsv {

    public static final List<String> REQUIRED = List.of("unit", "node", "value");
    public static final List<String> OPTIONAL = List.of("note", "stage", "evidence");

    private ScoresCsv() { }

    public static List<ScoreRow> parse(String text, String file, Problems problems) {
        List<CsvTable.Row> rows = CsvTable.parse(text, file, REQUIRED, OPTIONAL, problems);
        if (rows == null) {
            return List.of();
        }
        List<ScoreRow> out = new ArrayList<>(rows.size());
        for (CsvTable.Row row : rows) {
            Stage stage = Stage.FINAL;
            if (!row.get("stage").isEmpty()) {
                try {
                    stage = Stage.of(row.get("stage"));
                } catch (IllegalArgumentException e) {
                    problems.add(file, row.line(), e.getMessage());
                    continue;
                }
            }
            if (row.get("value").isEmpty()) {
                problems.add(file, row.line(), "no value for unit " + row.get("unit") + ", node " + row.get("node")
                        + " (write NA for an item that did not arise, or leave the row out)");
                continue;
            }
            out.add(new ScoreRow(row.get("unit"), row.get("node"), row.get("value"), row.get("note"), stage,
                    row.get("evidence"), row.line()));
        }
        return out;
    }

    public static String write(List<ScoreRow> rows) {
        boolean stages = rows.stream().anyMatch(r -> r.stage() != Stage.FINAL);
        boolean evidence = rows.stream().anyMatch(r -> r.evidence() != null && !r.evidence().isEmpty());
        StringBuilder out = new StringBuilder("unit,node,value,note");
        out.append(stages || evidence ? ",stage" : "").append(evidence ? ",evidence" : "").append("\r\n");
        for (ScoreRow r : rows) {
            List<Object> values = new ArrayList<>(List.of(r.unit(), r.node(), r.value(), nullToEmpty(r.note())));
            if (stages || evidence) {
                values.add(r.stage().code());
            }
            if (evidence) {
                values.add(nullToEmpty(r.evidence()));
            }
            Csv.row(out, values.toArray());
        }
        return out.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
