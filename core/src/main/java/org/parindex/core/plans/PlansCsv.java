package org.parindex.core.plans;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parindex.core.bundle.Codes;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.Unit;
import org.parindex.core.io.Csv;
import org.parindex.core.io.CsvTable;
import org.parindex.core.problem.Problems;

/**
 * A period's improvement plans, {@code plans/<period>.csv}: one row per progress note of an action
 * ({@code unit,action,title,nodes,owner,due,status,note_date,note}); an action without notes has one row with both
 * note columns empty, and the rows of one action repeat its title, nodes, owner, due date and status. Every problem is
 * recorded as {@code file:line: message}.
 */
public final class PlansCsv {

    public static final List<String> COLUMNS = List.of("unit", "action", "title", "nodes", "owner", "due", "status",
            "note_date", "note");
    public static final int MAX_TITLE = 200;
    public static final int MAX_OWNER = 100;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_NODES = 20;
    /** The most rows a file may hold. */
    public static final int MAX_ROWS = 200_000;

    private PlansCsv() { }

    /** The folder-relative path of a period's plans file. */
    public static String path(String periodCode) {
        return "plans/" + Codes.require("period", periodCode) + ".csv";
    }

    /** The actions of the file, in the order they first appear; nothing of a row with a problem. */
    public static List<PlanAction> parse(String text, String file, Period period, Map<String, Unit> units,
                                         Problems problems) {
        List<CsvTable.Row> rows = CsvTable.parse(text, file, COLUMNS, List.of(), problems);
        if (rows == null) {
            return List.of();
        }
        if (rows.size() > MAX_ROWS) {
            problems.add(file, 0, rows.size() + " rows, more than the " + MAX_ROWS + " allowed");
            return List.of();
        }
        Set<String> nodes = period.framework().byCode().keySet();
        Map<String, PlanAction> actions = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        Map<String, List<PlanAction.Note>> notes = new HashMap<>();
        for (CsvTable.Row row : rows) {
            Problems mine = new Problems();
            PlanAction a = read(row, file, units, nodes, mine);
            PlanAction.Note note = note(row, file, mine);
            if (a != null && mine.isEmpty()) {
                String key = a.unit() + "\u0000" + a.code();
                PlanAction seen = actions.putIfAbsent(key, a);
                if (seen != null && !sameAction(seen, a)) {
                    mine.add(file, row.line(), "action " + a.code() + " of unit " + a.unit()
                            + " has a title, nodes, owner, due date or status different from line " + firstLine.get(key));
                }
                firstLine.putIfAbsent(key, row.line());
                if (note != null && mine.isEmpty()) {
                    notes.computeIfAbsent(key, k -> new ArrayList<>()).add(note);
                }
            }
            problems.addAll(mine);
        }
        List<PlanAction> out = new ArrayList<>();
        actions.forEach((key, a) -> out.add(new PlanAction(a.unit(), a.code(), a.title(), a.nodes(), a.owner(),
                a.due(), a.status(), notes.getOrDefault(key, List.of()))));
        return out;
    }

    /** The actions as the file holds them, one row per note. */
    public static String write(List<PlanAction> actions) {
        StringBuilder out = new StringBuilder();
        Csv.row(out, COLUMNS.toArray());
        for (PlanAction a : actions) {
            String nodes = String.join(";", a.nodes());
            if (a.notes().isEmpty()) {
                Csv.row(out, a.unit(), a.code(), a.title(), nodes, a.owner(), a.due(), a.status().code(), "", "");
            }
            for (PlanAction.Note n : a.notes()) {
                Csv.row(out, a.unit(), a.code(), a.title(), nodes, a.owner(), a.due(), a.status().code(), n.date(),
                        n.text());
            }
        }
        return out.toString();
    }

    /**
     * One action from the values of a form (the columns of the file but the notes), checked as a row of the file
     * is; null when there is a problem (recorded as {@code file:line: message}).
     */
    public static PlanAction action(Map<String, String> fields, String file, int line, Map<String, Unit> units,
                                    Set<String> nodes, Problems problems) {
        Map<String, Integer> columns = new HashMap<>();
        String[] values = new String[COLUMNS.size()];
        for (int i = 0; i < COLUMNS.size(); i++) {
            columns.put(COLUMNS.get(i), i);
            String v = fields.get(COLUMNS.get(i));
            values[i] = v == null ? "" : v.trim();
        }
        return read(new CsvTable.Row(columns, values, line), file, units, nodes, problems);
    }

    private static PlanAction read(CsvTable.Row row, String file, Map<String, Unit> units, Set<String> known,
                                   Problems problems) {
        int line = row.line();
        String unit = row.get("unit");
        if (!units.containsKey(unit)) {
            problems.add(file, line, "unit \"" + Codes.shown(unit) + "\" is not in units.csv");
        }
        String code = row.get("action");
        if (!Codes.isValid(code)) {
            problems.add(file, line, "action code \"" + Codes.shown(code) + "\" must be " + Codes.RULE);
        }
        String title = text(row, "title", MAX_TITLE, true, file, problems);
        String owner = text(row, "owner", MAX_OWNER, true, file, problems);
        List<String> nodes = nodes(row.get("nodes"), known, file, line, problems);
        LocalDate due = date(row.get("due"), "due", file, line, problems);
        ActionStatus status = ActionStatus.of(row.get("status")).orElse(null);
        if (status == null) {
            problems.add(file, line, "status \"" + Codes.shown(row.get("status"))
                    + "\" must be planned, in-progress, done or dropped");
        }
        return problems.isEmpty() ? new PlanAction(unit, code, title, nodes, owner, due, status, List.of()) : null;
    }

    private static PlanAction.Note note(CsvTable.Row row, String file, Problems problems) {
        String date = row.get("note_date");
        String text = row.get("note");
        if (date.isEmpty() && text.isEmpty()) {
            return null;
        }
        if (date.isEmpty() || text.isEmpty()) {
            problems.add(file, row.line(), "note_date and note are both given or both empty");
            return null;
        }
        LocalDate d = date(date, "note_date", file, row.line(), problems);
        String t = text(row, "note", MAX_NOTE, true, file, problems);
        return d == null || t == null ? null : new PlanAction.Note(d, t);
    }

    /** Node codes separated by ';', each a node of the period's framework. */
    public static List<String> nodes(String text, Set<String> known, String file, int line, Problems problems) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(";", -1)) {
            String code = part.trim();
            if (code.isEmpty()) {
                continue;
            }
            if (!known.contains(code)) {
                problems.add(file, line, "nodes: \"" + Codes.shown(code) + "\" is not a node of the period's framework");
            } else if (!out.contains(code)) {
                out.add(code);
            }
        }
        if (out.isEmpty() && problems.isEmpty()) {
            problems.add(file, line, "nodes: at least one node code (e.g. 7.3), separated by ';'");
        }
        if (out.size() > MAX_NODES) {
            problems.add(file, line, "nodes: " + out.size() + " nodes, at most " + MAX_NODES);
        }
        return out;
    }

    private static String text(CsvTable.Row row, String column, int max, boolean required, String file,
                               Problems problems) {
        String v = row.get(column);
        if (required && v.isEmpty()) {
            problems.add(file, row.line(), column + " is empty");
            return null;
        }
        if (v.length() > max) {
            problems.add(file, row.line(), column + ": " + v.length() + " characters, at most " + max);
            return null;
        }
        return v;
    }

    private static LocalDate date(String text, String column, String file, int line, Problems problems) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(file, line, column + " \"" + Codes.shown(text) + "\" is not a date YYYY-MM-DD");
            return null;
        }
    }

    private static boolean sameAction(PlanAction a, PlanAction b) {
        return a.title().equals(b.title()) && a.nodes().equals(b.nodes()) && a.owner().equals(b.owner())
                && a.due().equals(b.due()) && a.status() == b.status();
    }
}
