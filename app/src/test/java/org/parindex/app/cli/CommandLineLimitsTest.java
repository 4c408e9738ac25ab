package org.parindex.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.core.demo.DemoBundle;

/** The command line reads within the server's limits: a small zip holding a huge file exits 2 with one clear line. */
class CommandLineLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aZipBombOfAScoresFileExitsTwoWithoutAStackTrace() throws IOException {
        Path demo = dir.resolve("demo");
        DemoBundle.write(demo);
        Path zip = dir.resolve("bomb.zip");
        byte[] row = "hai-truong,1.1.1,yes,\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            try (var files = Files.walk(demo)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String name = demo.relativize(f).toString().replace('\\', '/');
                    z.putNextEntry(new ZipEntry(name));
                    if (name.equals("scores/2023-H1.csv")) {
                        z.write("unit,node,value,note\n".getBytes(StandardCharsets.UTF_8));
                        for (long written = 0; written < 70L * 1024 * 1024; written += row.length) {
                            z.write(row);
                        }
                    } else {
                        z.write(Files.readAllBytes(f));
                    }
                    z.closeEntry();
                }
            }
        }
        assertThat(Files.size(zip)).isLessThan(1024 * 1024);
        for (String command : new String[] {"check", "score"}) {
            Cli run = command.equals("check") ? Cli.run("check", zip.toString())
                    : Cli.run("score", zip.toString(), "--period", "2023-H1");
            assertThat(run.status()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).contains("scores/2023-H1.csv: larger than the limit of 64 MB for this file")
                    .doesNotContain("Exception", "\tat ");
        }
    }
}
