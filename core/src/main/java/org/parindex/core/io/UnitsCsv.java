package org.parindex.core.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parindex.core.bundle.Unit;
import org.parindex.core.bundle.Codes;
import org.parindex.core.problem.Problems;

/** Reads and writes units.csv: code, name, group, validity and lineage. */
public final class UnitsCsv {

    public static final List<String> COLUMNS = List.of("code", "name", "group", "validFrom", "validTo", "predecessors");

    private UnitsCsv() { }

    public static List<Unit> parse(String text, String file, Problems problems) {
        List<CsvTable.Row> rows = CsvTable.parse(text, file, COLUMNS.subList(0, 3), COLUMNS.subList(3, 6), problems);
        if (rows == null) {
            return List.of();
        }
        List<Unit> units = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (CsvTable.Row row : rows) {
            Unit unit = unit(row, file, problems);
            if (lineOf.putIfAbsent(unit.code(), row.line()) != null) {
                problems.add(file, row.line(), "duplicate unit code \"" + unit.code() + "\" (first on line "
                        + lineOf.get(unit.code()) + ")");
                continue;
            }
            units.add(unit);
        }
        checkLineage(units, lineOf, file, problems);
        return units;
    }

    private static Unit unit(CsvTable.Row row, String file, Problems problems) {
        String code = row.get("code");
        if (!Codes.isValid(code)) {
            problems.add(file, row.line(), "unit code \"" + Codes.shown(code) + "\" must be " + Codes.RULE);
        }
        if (row.get("name").isEmpty()) {
            problems.add(file, row.line(), "unit " + code + " has no name");
        }
        if (row.get("group").isEmpty()) {
            problems.add(file, row.line(), "unit " + code + " has no group (e.g. commune, ward, town)");
        }
        LocalDate from = date(row, "validFrom", file, problems);
        LocalDate to = date(row, "validTo", file, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(file, row.line(), "unit " + code + " ends (validTo " + to + ") before it starts (validFrom " + from + ")");
        }
        List<String> predecessors = new ArrayList<>();
        for (String p : row.get("predecessors").split(";")) {
            if (!p.isBlank()) {
                predecessors.add(p.trim());
            }
        }
        return new Unit(code, row.get("name"), row.get("group"), from, to, predecessors);
    }

    private static LocalDate date(CsvTable.Row row, String column, String file, Problems problems) {
        String raw = row.get(column);
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            problems.add(file, row.line(), "`" + column + "` \"" + raw + "\" is not a date like 2020-01-01");
            return null;
        }
    }

    private static void checkLineage(List<Unit> units, Map<String, Integer> lineOf, String file, Problems problems) {
        Map<String, Unit> byCode = new HashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        for (Unit u : units) {
            for (String p : u.predecessors()) {
                if (!byCode.containsKey(p)) {
                    problems.add(file, lineOf.get(u.code()), "unit " + u.code() + " names unknown predecessor \"" + p + "\"");
                }
            }
        }
        Set<String> done = new HashSet<>();
        List<List<String>> cycles = new ArrayList<>();
        for (Unit u : units) {
            findCycles(u.code(), byCode, new ArrayList<>(), done, cycles);
        }
        for (List<String> cycle : cycles) {
            problems.add(file, lineOf.get(cycle.get(0)), "predecessors form a cycle: " + String.join(" → ", cycle));
        }
    }

    /** Depth-first search of the lineage; each unit is searched once (then in {@code done}), each cycle found once. */
    private static void findCycles(String code, Map<String, Unit> byCode, List<String> path, Set<String> done,
                                   List<List<String>> cycles) {
        int at = path.indexOf(code);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(code);
            cycles.add(cycle);
            return;
        }
        Unit u = byCode.get(code);
        if (u == null || !done.add(code)) {
            return;
        }
        path.add(code);
        for (String p : u.predecessors()) {
            findCycles(p, byCode, path, done, cycles);
        }
        path.remove(path.size() - 1);
    }

    public static String write(List<Unit> units) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Unit u : units) {
            Csv.row(out, u.code(), u.name(), u.group(), u.validFrom() == null ? "" : u.validFrom().toString(),
                    u.validTo() == null ? "" : u.validTo().toString(), String.join(";", u.predecessors()));
        }
        return out.toString();
    }
}
