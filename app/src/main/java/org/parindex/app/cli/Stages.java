package org.parindex.app.cli;

import org.parindex.core.bundle.Stage;
import picocli.CommandLine;

/** Reads the --stage option. */
final class Stages {

    private Stages() { }

    static Stage of(String code) {
        try {
            return Stage.of(code);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(new ParIndexCommand()), "--stage: " + e.getMessage());
        }
    }
}
