package org.parindex.core.problem;

import java.util.List;
import java.util.stream.Collectors;

/** The input cannot be used; {@link #problems()} says every reason, each with file and line. */
public class BadInputException extends RuntimeException {

    private final List<Problem> problems;

    public BadInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public BadInputException(String file, int line, String message) {
        this(List.of(new Problem(file, line, message)));
    }

    public BadInputException(String file, int line, Text text) {
        this(List.of(new Problem(file, line, text)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
