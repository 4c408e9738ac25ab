package org.parindex.app.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The build's training run for the command line's class-data-sharing archive (app/pom.xml runs it with
 * {@code -XX:ArchiveClassesAtExit}): writes the demo bundle into DIR and runs the commands people wait on, in one
 * JVM, so that the archive holds the classes they load. Not a command of its own.
 */
final class CdsTraining {

    private CdsTraining() { }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        delete(dir);
        String bundle = dir.resolve("demo").toString();
        List<String[]> runs = List.of(
                new String[] {"demo", bundle},
                new String[] {"check", bundle},
                new String[] {"score", bundle, "--period", "2023-H1"},
                new String[] {"score", bundle, "--period", "2023-H1", "--format", "csv"},
                new String[] {"score", bundle, "--period", "2023-H1", "--format", "json", "--lang", "en"},
                new String[] {"report", bundle, "--period", "2023-H1", "--unit", "hai-truong"},
                new String[] {"explain", bundle, "-p", "2023-H1", "-u", "hai-truong"},
                new String[] {"targets", bundle, "-p", "2023-H1", "-u", "hai-truong"},
                new String[] {"score", bundle, "--period", "no-such-period"},
                new String[] {"--help"});
        for (String[] run : runs) {
            CommandLine cli = ParIndexCommand.commandLine();
            cli.setOut(new PrintWriter(Writer.nullWriter()));
            cli.setErr(new PrintWriter(Writer.nullWriter()));
            cli.execute(run);
        }
        delete(dir);
    }

    private static void delete(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
