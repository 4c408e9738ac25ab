package org.parindex.app.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small bundle for tests (4 units of Hải Lăng, a merge, three periods): Hải Trường scores 73.9 % in 2023-H1
 * with the source page's field figures and ranks 3rd of 4; Diên Sanh continues Hải Thọ and Hải Lăng town.
 */
public final class TestBundles {

    private static final List<String> FILES = List.of("bundle.yaml", "units.csv", "frameworks/commune-demo.yaml",
            "scores/2019.csv", "scores/2022.csv", "scores/2023-H1.csv");

    private TestBundles() { }

    public static Path small(Path dir) {
        try {
            for (String name : FILES) {
                Path target = dir.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = TestBundles.class.getResourceAsStream("/bundles/small/" + name)) {
                    Files.copy(in, target);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
