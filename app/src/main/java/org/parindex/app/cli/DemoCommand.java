package org.parindex.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parindex.core.demo.DemoBundle;
import org.parindex.core.problem.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes the Hải Lăng demo bundle. */
@Command(name = "demo", description = {"Writes the Hải Lăng demo bundle (16 communes and towns, periods 2019 to 2023-H1)"
        + " into DIR.", "Every figure but Hải Trường's published ones is invented, and the bundle says so."})
class DemoCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "An empty or new folder.")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (Files.isRegularFile(dir)) {
            throw new BadInputException(dir.toString(), 0, "is a file; give a new or empty folder");
        }
        if (Files.isDirectory(dir)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new BadInputException(dir.toString(), 0, "is not empty; give a new or empty folder");
                }
            }
        }
        DemoBundle.write(dir);
        spec.commandLine().getOut().printf("Demo bundle written to %s (demo data: invented except Hải Trường's "
                + "published figures).%nTry: parindex score %s --period 2023-H1%n", dir, dir);
        return 0;
    }
}
