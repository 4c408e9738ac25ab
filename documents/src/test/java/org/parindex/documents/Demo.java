package org.parindex.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.demo.DemoBundle;
import org.parindex.core.history.BundleResults;
import org.parindex.core.io.BundleReader;

/** The Hải Lăng demo bundle, written once per test run into target/ and read by core. */
public final class Demo {

    private static Bundle bundle;
    private static BundleResults results;

    private Demo() { }

    public static synchronized Bundle bundle() {
        if (bundle == null) {
            try {
                Path dir = Files.createTempDirectory(Path.of("target"), "demo");
                DemoBundle.write(dir);
                bundle = BundleReader.read(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundle;
    }

    public static synchronized BundleResults results() {
        if (results == null) {
            results = BundleResults.of(bundle());
        }
        return results;
    }

    /** A fresh folder under target/ for a test's files. */
    public static Path folder(String name) {
        try {
            Path dir = Path.of("target", "documents-test", name);
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
