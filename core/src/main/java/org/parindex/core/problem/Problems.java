package org.parindex.core.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem found in the input, so a user sees all of them at once. */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public void add(String file, int line, String message) {
        list.add(new Problem(file, line, message));
    }

    public void addAll(Problems other) {
        list.addAll(other.list);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    /** The problems in file and line order, each file's in the order found. */
    public List<Problem> list() {
        List<Problem> sorted = new ArrayList<>(list);
        Collections.sort(sorted);
        return Collections.unmodifiableList(sorted);
    }

    /** Throws {@link BadInputException} holding every problem, if there is any. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new BadInputException(list());
        }
    }
}
