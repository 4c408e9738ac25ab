package org.parindex.documents.xlsx;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A YAML text built line by line from cells, remembering which cell each line came from, so that core's readers
 * check the content (one home for every rule) and each problem they find at a line is reported at its cell.
 */
final class Yaml {

    private final StringBuilder text = new StringBuilder();
    private final Map<Integer, String> cells = new LinkedHashMap<>();
    private int line;

    /** Appends one line; {@code cell} is where its content came from ("Bộ chỉ số!D7"). */
    Yaml line(String content, String cell) {
        text.append(content).append('\n');
        cells.put(++line, cell);
        return this;
    }

    /** The lines so far; the last one's number. */
    int lines() {
        return line;
    }

    String text() {
        return text.toString();
    }

    /** The cell a line came from, or null. */
    String cell(int line) {
        return cells.get(line);
    }

    /** A text as a double-quoted YAML scalar (JSON string syntax is valid YAML). */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
