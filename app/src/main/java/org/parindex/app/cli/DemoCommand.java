package org.parindex.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parindex.core.demo.DemoBundle;
import org.parindex.core.demo.NationalDemo;
import org.parindex.core.problem.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes the Hải Lăng demo bundle, or the national one. */
@Command(name = "demo", description = {"Writes the Hải Lăng demo bundle (16 communes and towns, periods 2019 to 2023-H1)"
        + " into DIR.", "Every figure but Hải Trường's published ones is invented, and the bundle says so.",
        "--national: instead, a country of 34 provinces and cities with 3,321 communes, wards and special zones, "
        + "150 items, periods 2024 and 2025 (300 units merged on 1 July 2025); invented names and figures."})
class DemoCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "An empty or new folder.")
    Path dir;

    @Option(names = "--national", description = "Write the national synthetic bundle instead of Hải Lăng's.")
    boolean national;

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
        if (national) {
            NationalDemo.write(dir);
            spec.commandLine().getOut().printf("National demo bundle written to %s (invented names and figures: "
                    + "%,d units of 2025 in 34 provinces).%nTry: parindex score %s --period 2025%n", dir,
                    NationalDemo.UNITS, dir);
            return 0;
        }
        DemoBundle.write(dir);
        spec.commandLine().getOut().printf("Demo bundle written to %s (demo data: invented except Hải Trường's "
                + "published figures).%nTry: parindex score %s --period 2023-H1%n", dir, dir);
        return 0;
    }
}
