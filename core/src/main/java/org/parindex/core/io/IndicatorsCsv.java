package org.parindex.core.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
    /** The longest name of the system a value came from. */
    public static final int MAX_SOURCE = 200;
    /** How a leaf names the indicator feeding it: {@code source: indicator:CODE}. */
    public static final String SOURCE = "indicator:";

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
        Map<String, Node> leaves = leaves(period);
        Map<String, String> seen = new HashMap<>();
        List<Observation> out = new ArrayList<>(rows.size());
        for (CsvTable.Row row : rows) {
            Observation o = read(row::get, file, row.line(), period, units, leaves, problems);
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

    /** The leaves fed by an indicator, by the indicator's code. */
    public static Map<String, Node> leaves(Period period) {
        Map<String, Node> leaves = new HashMap<>();
        for (Node node : period.framework().allNodes()) {
            if (node.isLeaf() && node.source() != null && node.source().startsWith(SOURCE)) {
                leaves.put(node.source().substring(SOURCE.length()), node);
            }
        }
        return leaves;
    }

    /**
     * Checks one observation given field by field (a row of the file, or one sent through the API): the observation,
     * or null after recording each problem at {@code file:line}.
     */
    public static Observation check(Function<String, String> field, String file, int line, Period period,
                                    Map<String, Unit> units, Problems problems) {
        return read(name -> field.apply(name) == null ? "" : field.apply(name), file, line, period, units,
                leaves(period), problems);
    }

    private static Observation read(Function<String, String> row, String file, int line, Period period,
                                    Map<String, Unit> units, Map<String, Node> leaves, Problems problems) {
        String unit = row.apply("unit").trim();
        String indicator = row.apply("indicator").trim();
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
            date = LocalDate.parse(row.apply("date").trim());
        } catch (DateTimeParseException e) {
            problems.add(file, line, "\"" + row.apply("date") + "\" is not a date (write YYYY-MM-DD)");
            return null;
        }
        if (period.from() != null && date.isBefore(period.from()) || period.to() != null && date.isAfter(period.to())) {
            problems.add(file, line, "date " + date + " is outside period " + period.code() + " (" + period.from()
                    + " to " + period.to() + ")");
            return null;
        }
        String value = row.apply("value").trim();
        if (row.apply("source").isBlank()) {
            problems.add(file, line, "missing source (the system the value came from)");
            return null;
        }
        if (row.apply("source").length() > MAX_SOURCE) {
            problems.add(file, line, "source longer than " + MAX_SOURCE + " characters");
            return null;
        }
        try {
            double v = leaf.rule().read(value, leaf.max());
            boolean rate = leaf.rule() instanceof Rule.Linear || leaf.rule() instanceof Rule.Tiers;
            if (rate && (v < 0 || v > 100)) {
                problems.add(file, line, "rate " + value + " of indicator " + indicator + " outside 0..100");
                return null;
            }
            if (!ratio(row, v, file, line, problems)) {
                return null;
            }
        } catch (IllegalArgumentException e) {
            problems.add(file, line, "indicator " + indicator + " (item " + leaf.code() + "): " + e.getMessage());
            return null;
        }
        String num = row.apply("numerator").trim();
        String den = row.apply("denominator").trim();
        return new Observation(unit, indicator, date, value, row.apply("source").trim(), num.isEmpty() ? null : num,
                den.isEmpty() ? null : den);
    }

    /** Numerator and denominator, when given, must give the rate. */
    private static boolean ratio(Function<String, String> row, double value, String file, int line,
                                 Problems problems) {
        String num = row.apply("numerator").trim();
        String den = row.apply("denominator").trim();
        if (num.isEmpty() && den.isEmpty()) {
            return true;
        }
        try {
            double n = Numbers.parse(num, "aNumerator");
            double d = Numbers.parse(den, "aDenominator");
            if (d == 0) {
                problems.add(file, line, "denominator 0");
                return false;
            }
            if (Math.abs(n / d * 100 - value) > 0.05) {
                problems.add(file, line, "value " + row.apply("value") + " is not numerator / denominator = "
                        + Numbers.plain(n) + " / " + Numbers.plain(d) + " × 100");
                return false;
            }
            return true;
        } catch (IllegalArgumentException e) {
            problems.add(file, line, e.getMessage());
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

    /** Writes observations as the file holds them (with numerator and denominator when any has them). */
    public static String write(List<Observation> observations) {
        boolean counts = observations.stream().anyMatch(o -> o.numerator() != null || o.denominator() != null);
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(REQUIRED);
        if (counts) {
            header.addAll(OPTIONAL);
        }
        Csv.row(out, header.toArray());
        for (Observation o : observations) {
            if (counts) {
                Csv.row(out, o.unit(), o.indicator(), o.date(), o.value(), o.source(), blank(o.numerator()),
                        blank(o.denominator()));
            } else {
                Csv.row(out, o.unit(), o.indicator(), o.date(), o.value(), o.source());
            }
        }
        return out.toString();
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
