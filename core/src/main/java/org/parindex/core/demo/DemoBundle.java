package org.parindex.core.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The Hải Lăng demo bundle that {@code parindex demo DIR} writes: static resources next to this class.
 * Every figure in it is invented demo data, except Hải Trường's result for the first half of 2023 and its ranks
 * in 2020–2022, which come from the commune's news page; the frameworks are illustrative.
 */
public final class DemoBundle {

    /** Every file of the bundle, relative to the bundle folder (classpath folders cannot be listed inside a jar). */
    private static final List<String> FILES = List.of(
            "bundle.yaml",
            "units.csv",
            "frameworks/commune-2020.yaml",
            "frameworks/commune-2023.yaml",
            "scores/2019.csv",
            "scores/2020.csv",
            "scores/2021.csv",
            "scores/2022.csv",
            "scores/2023-H1.csv",
            "indicators/2023-H1.csv",
            "surveys/2023-H1.yaml",
            "surveys/2023-H1.csv");

    private DemoBundle() { }

    /** The bundle's files, relative to its folder, bundle.yaml first. */
    public static List<String> files() {
        return FILES;
    }

    /** Writes every file of the bundle into {@code dir}, creating folders and replacing files of the same name. */
    public static void write(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String name : FILES) {
                Path target = dir.resolve(name);
                Path parent = target.getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (InputStream in = DemoBundle.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("demo bundle resource missing from the classpath: " + name);
                    }
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo bundle into " + dir + ": " + e.getMessage(), e);
        }
    }
}
