package org.parindex.core.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parindex.core.problem.Problems;

/** A CSV file (RFC 4180, header row) read into rows that know their line; bad quoting is reported. */
public final class CsvTable {

    private static final Pattern LINE = Pattern.compile("\\((?:start)?line (\\d+)\\)|at line: (\\d+)");

    /** One data row: values by column name, and the line where it starts. */
    public record Row(Map<String, Integer> columns, String[] values, int line) {
        public String get(String column) {
            Integer at = columns.get(column);
            String v = at == null ? null : values[at];
            return v == null ? "" : v;
        }
    }

    private CsvTable() { }

    /**
     * The data rows, or null when the file cannot be read as CSV (recorded).
     *
     * @param required columns that must be in the header
     * @param optional columns that may be
     */
    public static List<Row> parse(String text, String file, List<String> required, List<String> optional,
                                  Problems problems) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            if (!checkHeader(header, file, required, optional, problems)) {
                return null;
            }
            for (int i = 0; i < header.size(); i++) {
                columns.put(header.get(i), i);
            }
            LineIndex lines = new LineIndex(text);
            for (CSVRecord record : parser) {
                int line = lines.lineAt(record.getCharacterPosition());
                if (record.getRecordNumber() > Limits.CSV_ROWS) {
                    tooManyRows(file, line, problems);
                    return null;
                }
                if (record.size() != header.size()) {
                    problems.add(file, line, "expected " + header.size() + " values (" + String.join(",", header)
                            + "), found " + record.size());
                    continue;
                }
                String[] values = new String[header.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = record.get(i).trim();
                }
                rows.add(new Row(columns, values, line));
            }
            return rows;
        } catch (IllegalArgumentException e) {
            problems.add(file, 1, "not a valid header row: " + reason(e));
            return null;
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            problems.add(file, lineOf(e), "not valid CSV: " + reason(e));
            return null;
        }
    }

    /** Records that a CSV file has a row past {@link Limits#CSV_ROWS}, at that row's line. */
    static void tooManyRows(String file, int line, Problems problems) {
        problems.add(file, line, "more than " + Limits.CSV_ROWS + " rows, the limit of a CSV file");
    }

    private static boolean checkHeader(List<String> header, String file, List<String> required,
                                       List<String> optional, Problems problems) {
        boolean ok = true;
        for (int i = 0; i < header.size(); i++) {
            if (header.indexOf(header.get(i)) != i) {
                problems.add(file, 1, "the header names the column `" + header.get(i) + "` twice");
                ok = false;
            }
        }
        for (String column : required) {
            if (!header.contains(column)) {
                problems.add(file, 1, "missing column `" + column + "` (header must start with "
                        + String.join(",", required) + ")");
                ok = false;
            }
        }
        for (String column : header) {
            if (!required.contains(column) && !optional.contains(column)) {
                problems.add(file, 1, "unknown column `" + column + "`; allowed: "
                        + String.join(",", required) + (optional.isEmpty() ? "" : "," + String.join(",", optional)));
                ok = false;
            }
        }
        return ok;
    }

    private static int lineOf(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = LINE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return 0;
    }

    private static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String msg = String.valueOf(t.getMessage()).replaceAll("\\((start)?line \\d+\\) ", "")
                .replaceAll(" at line: \\d+, position: \\d+", "");
        if (msg.contains("EOF reached before encapsulated token finished")) {
            return "a quoted value is never closed";
        }
        if (msg.toLowerCase(java.util.Locale.ROOT).contains("invalid char")) {
            return "text after a closing quote; write a quote inside a quoted value as \"\"";
        }
        if (msg.contains("header name is missing")) {
            return "a column has no name";
        }
        return msg;
    }

    /** Line numbers of character positions, counting \n, \r\n and \r as one line break each, as the parser does. */
    private static final class LineIndex {
        private final int[] starts;
        private final String text;

        LineIndex(String text) {
            this.text = text;
            List<Integer> list = new ArrayList<>();
            list.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    list.add(i + 1);
                }
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The line of the record starting at a position; the parser's position is before any skipped empty lines. */
        int lineAt(long position) {
            int p = (int) position;
            while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
                p++;
            }
            int at = java.util.Arrays.binarySearch(starts, p);
            return at >= 0 ? at + 1 : -at - 1;
        }
    }
}
