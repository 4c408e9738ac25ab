package org.parindex.app.cli;

import org.parindex.core.bundle.Stage;
import picocli.CommandLine;

/** Reads the --stage option. */
final class Stages {

    private Stages() { }

    static Stage of(String code) {
        return Stage.find(code).orElseThrow(() -> new CommandLine.ParameterException(
                new CommandLine(new ParIndexCommand()), "--stage: " + Stage.unknown(code)));
    }
}
