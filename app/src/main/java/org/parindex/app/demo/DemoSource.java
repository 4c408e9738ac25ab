package org.parindex.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the demo bundle into a folder. Until core's DemoBundle is available this copies a small illustrative
 * bundle shipped with the app (classpath demo-bundle/).
 */
public final class DemoSource {

    private static final List<String> FILES = List.of("bundle.yaml", "units.csv", "frameworks/commune-demo.yaml",
            "scores/2019.csv", "scores/2022.csv", "scores/2023-H1.csv");

    private DemoSource() { }

    public static Path write(Path dir) throws IOException {
        for (String name : FILES) {
            Path target = dir.resolve(name);
            Files.createDirectories(target.getParent());
            try (InputStream in = DemoSource.class.getResourceAsStream("/demo-bundle/" + name)) {
                Files.copy(in, target);
            }
        }
        return dir;
    }
}
