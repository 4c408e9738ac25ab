package org.parindex.app.plans;

import java.util.List;

/**
 * A change of a plan refused, with the reason shown to the user: {@code problems} as core states them
 * ({@code file:line: message}) or a message key of the pages bundle ({@code plans.stale}, {@code plans.notPublished}).
 */
public class PlanRefused extends RuntimeException {

    private final String key;
    private final List<String> problems;

    public PlanRefused(String key, List<String> problems) {
        super(key + (problems.isEmpty() ? "" : ": " + String.join("; ", problems)));
        this.key = key;
        this.problems = List.copyOf(problems);
    }

    public String key() {
        return key;
    }

    public List<String> problems() {
        return problems;
    }
}
