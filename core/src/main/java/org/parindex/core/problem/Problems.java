package org.parindex.core.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem found in the input, so a user sees all of them at once. */
public final class Problems {

    /** The most problems kept: a file with a million bad rows is reported by its first ones and a count. */
    public static final int MAX_LISTED = 1_000;

    private final List<Problem> list = new ArrayList<>();
    private int unlisted;
    private String firstUnlistedFile;

    public void add(String file, int line, String message) {
        add(new Problem(file, line, message));
    }

    /** A problem that can also be said in Vietnamese. */
    public void add(String file, int line, Text text) {
        add(new Problem(file, line, text));
    }

    private void add(Problem problem) {
        if (list.size() < MAX_LISTED) {
            list.add(problem);
        } else if (unlisted++ == 0) {
            firstUnlistedFile = problem.file();
        }
    }

    public void addAll(Problems other) {
        other.list.forEach(this::add);
        for (int i = 0; i < other.unlisted; i++) {
            add(other.firstUnlistedFile, 0, "");
        }
    }

    /** A text (say, an exception's message) on one line, for a message that quotes it. */
    public static String oneLine(String s) {
        return Problem.oneLine(s);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size() + unlisted;
    }

    /** The problems in file and line order, each file's in the order found; past {@link #MAX_LISTED}, a count of the rest. */
    public List<Problem> list() {
        List<Problem> sorted = new ArrayList<>(list);
        Collections.sort(sorted);
        if (unlisted > 0) {
            sorted.add(new Problem(firstUnlistedFile, 0, "and " + unlisted + " more problems, not listed (the first "
                    + MAX_LISTED + " are)"));
        }
        return Collections.unmodifiableList(sorted);
    }

    /** Throws {@link BadInputException} holding every problem, if there is any. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new BadInputException(list());
        }
    }
}
