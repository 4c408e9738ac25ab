package org.parindex.app.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.app.support.RunningApp;

/**
 * A database the server cannot write stops the start with one clear line, before the port opens and without a stack
 * trace; it never logs "ready" to then answer every login with 500. As root, permissions do not bind, so the server
 * runs under setpriv without the capabilities that override them, as an ordinary user would.
 */
class ReadOnlyDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseThatCannotBeWrittenStopsTheStartWithOneLine() throws Exception {
        try (RunningApp app = RunningApp.start(dir)) {
            assertThat(app.get("/").statusCode()).isEqualTo(200);
        }
        Path data = dir.resolve("data");
        readOnly(data);
        try {
            var start = RunningApp.startFailing(asAnOrdinaryUser(), dir, "--parindex.demo=false");
            assertThat(start.getKey()).isNotZero();
            assertThat(start.getValue()).contains("ParIndex cannot start: the database cannot be written")
                    .doesNotContain("ParIndex is ready").doesNotContain("\tat ");
        } finally {
            writable(data);
        }
    }

    private static List<String> asAnOrdinaryUser() {
        boolean root = "root".equals(System.getProperty("user.name"));
        return root ? List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--") : List.of();
    }

    private static void readOnly(Path data) throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
            }
        }
        try (Stream<Path> dirs = Files.walk(data)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("r-xr-xr-x"));
            }
        }
    }

    private static void writable(Path data) throws IOException {
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                        Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }
}
