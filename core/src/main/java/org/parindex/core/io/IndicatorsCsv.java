package org.parindex.core.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parindex.core.analysis.Observation;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.Unit;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.Numbers;
import org.parindex.core.framework.Rule;
import org.parindex.core.problem.Problems;

/**
 * Reads a period's indicator file, {@code indicators/<period>.csv}: {@code unit,indicator,date,value,source} and
 * optionally {@code numerator,denominator} for a rate. Every problem is recorded as {@code file:line: message}: an
 * unknown unit, an indicator no leaf of the period's framework is fed by, a date outside the period, a value the
 * leaf's rule refuses, a rate outside 0..100, a denominator of 0 or a rate that is not numerator / denominator, and
 * the same unit, indicator and date twice with different values.
 */
public final class IndicatorsCsv {

    public static final List<String> REQUIRED = List.of("unit", "indicator", "date", "value", "source");
    public static final List<String> OPTIONAL = List.of("numerator", "denominator");
    /** The most rows a file may hold: 10,000 units × 20 indicators × 53 weeks. */
    public static final int MAX_ROWS = 10_600_000;

    private IndicatorsCsv() { }

    /** The folder-relative path of a period's indicator file. */
    public static String path(String periodCode) {
        return "indicators/" + periodCode + ".csv";
    }

    public static List<Observation> parse(String text, String file, Period period, Map<String, Unit> units,
                                          Problems problems) {
        List<CsvTable.Row> rows = CsvTable.parse(text, file, REQUIRED, OPTIONAL, problems);
        if (rows == null) {
            return List.of();
        }
        if (rows.size() > MAX_ROWS) {
            problems.add(file, 0, rows.size() + " rows, more than the " + MAX_ROWS + " allowed");
            return List.of();
        }
        Map<String, Node> leaves = new HashMap<>();
        for (Node node : period.framework().allNodes()) {
            if (node.isLeaf() && node.source() != null && node.source().startsWith("indicator:")) {
                leaves.put(node.source().substring("indicator:".length()), node);
            }
        }
        Map<String, String> seen = new HashMap<>();
        List<Observation> out = new ArrayList<>(rows.size());
        for (CsvTable.Row row : rows) {
            Observation o = read(row, file, period, units, leaves, problems);
            if (o == null) {
                continue;
            }
            String key = o.unit() + "\u0000" + o.indicator() + "\u0000" + o.date();
            String first = seen.putIfAbsent(key, o.value() + "\u0000" + row.line());
            if (first != null) {
                String[] was = first.split("\u0000");
                if (!Numbers.same(number(was[0]), number(o.value())) && !was[0].equals(o.value())) {
                    problems.add(file, row.line(), "unit " + o.unit() + ", indicator " + o.indicator() + ", date "
                            + o.date() + " has value " + o.value() + " here and " + was[0] + " on line " + was[1]);
                }
                continue;
            }
            out.add(o);
        }
        return out;
    }

    private static Observation read(CsvTable.Row row, String file, Period period, Map<String, Unit> units,
                                    Map<String, Node> leaves, Problems problems) {
        int line = row.line();
        String unit = row.get("unit").trim();
        String indicator = row.get("indicator").trim();
        if (!units.containsKey(unit)) {
            problems.add(file, line, "unknown unit \"" + unit + "\" (not in units.csv)");
            return null;
        }
        Node leaf = leaves.get(indicator);
        if (leaf == null) {
            problems.add(file, line, "unknown indicator \"" + indicator + "\" (no item of framework "
                    + period.framework().id() + " has source indicator:" + indicator + ")");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(row.get("date").trim());
        } catch (DateTimeParseException e) {
            problems.add(file, line, "\"" + row.get("date") + "\" is not a date (write YYYY-MM-DD)");
            return null;
        }
        if (period.from() != null && date.isBefore(period.from()) || period.to() != null && date.isAfter(period.to())) {
            problems.add(file, line, "date " + date + " is outside period " + period.code() + " (" + period.from()
                    + " to " + period.to() + ")");
            return null;
        }
        String value = row.get("value").trim();
        try {
            double v = leaf.rule().read(value, leaf.max());
            boolean rate = leaf.rule() instanceof Rule.Linear || leaf.rule() instanceof Rule.Tiers;
            if (rate && (v < 0 || v > 100)) {
                problems.add(file, line, "rate " + value + " of indicator " + indicator + " outside 0..100");
                return null;
            }
            if (!ratio(row, v, file, problems)) {
                return null;
            }
        } catch (IllegalArgumentException e) {
            problems.add(file, line, "indicator " + indicator + " (item " + leaf.code() + "): " + e.getMessage());
            return null;
        }
        return new Observation(unit, indicator, date, value, row.get("source").trim());
    }

    /** Numerator and denominator, when given, must give the rate. */
    private static boolean ratio(CsvTable.Row row, double value, String file, Problems problems) {
        String num = row.get("numerator").trim();
        String den = row.get("denominator").trim();
        if (num.isEmpty() && den.isEmpty()) {
            return true;
        }
        try {
            double n = Numbers.parse(num, "a numerator");
            double d = Numbers.parse(den, "a denominator");
            if (d == 0) {
                problems.add(file, row.line(), "denominator 0");
                return false;
            }
            if (Math.abs(n / d * 100 - value) > 0.05) {
                problems.add(file, row.line(), "value " + row.get("value") + " is not numerator / denominator = "
                        + Numbers.plain(n) + " / " + Numbers.plain(d) + " × 100");
                return false;
            }
            return true;
        } catch (IllegalArgumentException e) {
            problems.add(file, row.line(), e.getMessage());
            return false;
        }
    }

    private static double number(String raw) {
        try {
            return Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Writes observations as the file holds them. */
    public static String write(List<Observation> observations) {
        StringBuilder out = new StringBuilder();
        Csv.row(out, REQUIRED.toArray());
        for (Observation o : observations) {
            Csv.row(out, o.unit(), o.indicator(), o.date(), o.value(), o.source());
        }
        return out.toString();
    }
}
