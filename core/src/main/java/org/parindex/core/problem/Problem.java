package org.parindex.core.problem;

import java.util.Locale;

/**
 * One thing wrong with the input, located as {@code file:line: message}. Line 0 means the whole file. A problem
 * given as a {@link Text} (null otherwise) can also be said in Vietnamese, see {@link #message(Locale)}.
 */
public record Problem(String file, int line, String message, Text text) implements Comparable<Problem> {

    /** One line each: a line break or other control character in a file name or message (which may quote the input) becomes a space, any other control character a '?'. */
    public Problem {
        file = oneLine(file);
        message = oneLine(message);
    }

    public Problem(String file, int line, String message) {
        this(file, line, message, null);
    }

    public Problem(String file, int line, Text text) {
        this(file, line, text.toString(), text);
    }

    /** The message in a locale's language (Vietnamese for vi) when the problem has a text, else as it is. */
    public String message(Locale locale) {
        return text == null ? message : oneLine(text.in(locale));
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t\u2028\u2029\u0085]", " ").replaceAll("\\p{Cntrl}", "?");
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
