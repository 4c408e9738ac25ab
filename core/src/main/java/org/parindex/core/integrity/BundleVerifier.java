package org.parindex.core.integrity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.io.BundleReader;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problem;
import org.parindex.core.problem.Problems;

/**
 * Checks an open-data bundle: every file against {@link Manifest#FILE}, then every {@code results/<period>.csv}
 * against the ranking recomputed from the bundle, byte for byte. Every difference is a problem naming the file.
 */
public final class BundleVerifier {

    /** What was checked: the files the manifest lists and the periods recomputed; problems when it fails. */
    public record Verification(int files, List<String> periods, List<Problem> problems) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    private BundleVerifier() { }

    /** Reading problems (not a bundle, a damaged .zip entry) are thrown as {@link BadInputException}. */
    public static Verification verify(Path bundlePath) {
        SortedMap<String, byte[]> files = BundleFiles.read(bundlePath);
        Problems problems = new Problems();
        byte[] manifestBytes = files.get(Manifest.FILE);
        Manifest manifest = null;
        if (manifestBytes == null) {
            problems.add(Manifest.FILE, 0, "not in the bundle: nothing to check the files against");
        } else {
            manifest = Manifest.parse(manifestBytes, problems);
            manifest.check(files, problems);
        }
        List<String> periods = new ArrayList<>();
        List<String> resultFiles = files.keySet().stream()
                .filter(p -> p.startsWith("results/") && p.endsWith(".csv")).toList();
        if (resultFiles.isEmpty()) {
            problems.add("results/", 0, "no results/<period>.csv in the bundle: nothing to recompute");
        }
        if (!resultFiles.isEmpty()) {
            recompute(bundlePath, files, resultFiles, periods, problems);
        }
        return new Verification(manifest == null ? 0 : manifest.hashes().size(), periods, problems.list());
    }

    private static void recompute(Path bundlePath, SortedMap<String, byte[]> files, List<String> resultFiles,
                                  List<String> periods, Problems problems) {
        Bundle bundle;
        try {
            bundle = BundleReader.read(bundlePath, false);
        } catch (BadInputException bad) {
            bad.problems().forEach(p -> problems.add(p.file(), p.line(), p.message()));
            return;
        }
        for (String file : resultFiles) {
            String period = file.substring("results/".length(), file.length() - ".csv".length());
            try {
                String expected = OpenBundle.recompute(bundle, period);
                compare(file, new String(files.get(file), StandardCharsets.UTF_8), expected, problems);
                periods.add(period);
            } catch (BadInputException bad) {
                bad.problems().forEach(p -> problems.add(p.file(), p.line(), p.message()));
            }
        }
    }

    /** The first line where the file and the recomputation part, if any. */
    static void compare(String file, String actual, String expected, Problems problems) {
        if (actual.equals(expected)) {
            return;
        }
        String[] a = actual.split("\r?\n", -1);
        String[] e = expected.split("\r?\n", -1);
        int i = 0;
        while (i < Math.min(a.length, e.length) && a[i].equals(e[i])) {
            i++;
        }
        String want = i < e.length ? e[i] : "(end of file)";
        String got = i < a.length ? a[i] : "(end of file)";
        problems.add(file, i + 1, want.equals(got)
                ? "differs from the recomputed results in its line ends or encoding"
                : "differs from the results recomputed from the bundle: \"" + got + "\", recomputed \"" + want + "\"");
    }
}
