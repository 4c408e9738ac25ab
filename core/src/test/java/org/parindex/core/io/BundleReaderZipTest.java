package org.parindex.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.BundleFixture;
import org.parindex.core.problem.BadInputException;

/** A bundle is read from a .zip of its folder, at the top or inside one folder. */
class BundleReaderZipTest {

    @TempDir
    Path dir;

    private Path zip(Path folder, String prefix) throws IOException {
        Path zip = dir.resolve("bundle.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                z.putNextEntry(new ZipEntry(prefix + folder.relativize(f).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void readsAZipOfTheFolder() throws IOException {
        Bundle folder = BundleFixture.valid().readFrom(dir.resolve("b"));
        Bundle zipped = BundleReader.read(zip(dir.resolve("b"), ""));
        assertThat(WithoutLines.of(zipped)).isEqualTo(WithoutLines.of(folder));
    }

    @Test
    void readsAZipHoldingTheFolder() throws IOException {
        BundleFixture.valid().writeTo(dir.resolve("b"));
        assertThat(BundleReader.read(zip(dir.resolve("b"), "hai-lang/")).units()).hasSize(3);
    }

    @Test
    void problemsInAZipNameTheFile() throws IOException {
        BundleFixture.valid().file("units.csv", "code,name\n").writeTo(dir.resolve("b"));
        Path zip = zip(dir.resolve("b"), "");
        assertThatThrownBy(() -> BundleReader.read(zip)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("units.csv:1: missing column `group`");
    }
}
