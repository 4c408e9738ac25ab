package org.parindex.core.integrity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.Stage;
import org.parindex.core.history.BundleResults;
import org.parindex.core.io.BundleReader;
import org.parindex.core.io.ResultsCsv;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problems;

/**
 * The open data of a published period: the canonical bundle (.zip) — the bundle's files, the period's results as
 * {@code results/<period>.csv} (the bytes {@code parindex score --format csv} writes) and {@link Manifest#FILE} —
 * and the results CSV on its own, each with its SHA-256. Canonical: entries sorted by path, one fixed time, so
 * the same data always gives the same bytes and the same hash.
 */
public record OpenBundle(String period, byte[] zip, byte[] resultsCsv, String zipSha256, String resultsSha256) {

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    /** Where a period's results are in a canonical bundle. */
    public static String resultsPath(String period) {
        return "results/" + period + ".csv";
    }

    /** From a bundle (folder or .zip) holding the period; its final stage is scored. */
    public static OpenBundle of(Path bundlePath, String period) {
        SortedMap<String, byte[]> files = new TreeMap<>(BundleFiles.read(bundlePath));
        files.keySet().removeIf(p -> p.equals(Manifest.FILE) || p.startsWith("results/"));
        String csv = recompute(BundleReader.read(bundlePath, false), period);
        byte[] results = csv.getBytes(StandardCharsets.UTF_8);
        files.put(resultsPath(period), results);
        files.put(Manifest.FILE, Manifest.of(files).bytes());
        byte[] zip = zip(files);
        return new OpenBundle(period, zip, results, Sha256.of(zip), Sha256.of(results));
    }

    /** The period's results CSV recomputed from the bundle, as {@code parindex score --format csv} writes it. */
    public static String recompute(Bundle bundle, String period) {
        Period p = bundle.period(period).orElseThrow(() -> new BadInputException("bundle.yaml", 0,
                "no period \"" + period + "\" in the bundle"));
        Problems problems = new Problems();
        var result = BundleResults.score(p, bundle.unitsByCode(), Stage.FINAL, problems);
        problems.throwIfAny();
        return ResultsCsv.write(result);
    }

    static byte[] zip(SortedMap<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var e : files.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
