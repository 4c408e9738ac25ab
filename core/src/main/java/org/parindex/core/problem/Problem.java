package org.parindex.core.problem;

/** One thing wrong with the input, located as {@code file:line: message}. Line 0 means the whole file. */
public record Problem(String file, int line, String message) implements Comparable<Problem> {

    /** One line each: a line break or other control character in a file name or message (which may quote the input) becomes a space, any other control character a '?'. */
    public Problem {
        file = oneLine(file);
        message = oneLine(message);
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
