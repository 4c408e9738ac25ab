package org.parindex.app.cli;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.io.BundleReader;
import org.parindex.core.problem.BadInputException;
import picocli.CommandLine.Parameters;

/** The bundle argument shared by check, score and report, and the look-ups they need. */
class BundleArgs {

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "A bundle folder (holding bundle.yaml) or a .zip of one.")
    Path bundle;

    Bundle read() {
        return BundleReader.read(bundle);
    }

    static Period period(Bundle bundle, String code) {
        return bundle.period(code).orElseThrow(() -> new BadInputException("bundle.yaml", 0,
                "no period \"" + code + "\"; the bundle has " + bundle.periods().stream().map(Period::code)
                        .collect(Collectors.joining(", "))));
    }
}
