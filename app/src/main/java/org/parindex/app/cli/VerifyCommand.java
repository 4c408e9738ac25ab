package org.parindex.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parindex.core.integrity.BundleVerifier;
import org.parindex.core.integrity.Manifest;
import org.parindex.core.problem.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a published period's open data: the manifest, then the results recomputed byte for byte. */
@Command(name = "verify", description = {"Checks an open-data bundle (a .zip from a period's open-data page, or its "
        + "folder): every file against " + Manifest.FILE + ", then every results/<period>.csv against the ranking "
        + "recomputed from the bundle (as `score --format csv` writes it), byte for byte.",
        "Exit 0 when everything matches; 2 naming each file that differs."})
class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "The open-data .zip or its unpacked folder.")
    Path bundle;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BundleVerifier.Verification v = BundleVerifier.verify(bundle);
        if (!v.passed()) {
            throw new BadInputException(v.problems());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("OK: " + v.files() + " files match " + Manifest.FILE + "; recomputed byte for byte: "
                + String.join(", ", v.periods().stream().map(p -> "results/" + p + ".csv").toList()));
        out.flush();
        return 0;
    }
}
