package org.parindex.core.integrity;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.parindex.core.problem.Problems;

/**
 * {@code MANIFEST.sha256}: one line per file of a bundle, {@code <sha-256>  <path>}, sorted by path, in the format
 * {@code sha256sum --check} reads. It lists every file but itself.
 */
public record Manifest(SortedMap<String, String> hashes) {

    public static final String FILE = "MANIFEST.sha256";

    public Manifest {
        hashes = Collections.unmodifiableSortedMap(new TreeMap<>(hashes));
    }

    /** The manifest of these files (path → bytes); the manifest itself is left out. */
    public static Manifest of(Map<String, byte[]> files) {
        SortedMap<String, String> out = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (!path.equals(FILE)) {
                out.put(path, Sha256.of(bytes));
            }
        });
        return new Manifest(out);
    }

    public byte[] bytes() {
        StringBuilder out = new StringBuilder();
        hashes.forEach((path, hash) -> out.append(hash).append("  ").append(path).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a manifest; every malformed line is a problem of {@code MANIFEST.sha256} at its line. */
    public static Manifest parse(byte[] bytes, Problems problems) {
        SortedMap<String, String> out = new TreeMap<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() && i == lines.length - 1) {
                break;
            }
            int sep = line.indexOf("  ");
            String hash = sep < 0 ? null : line.substring(0, sep);
            String path = sep < 0 ? null : line.substring(sep + 2);
            if (!Sha256.isHash(hash) || path.isEmpty()) {
                problems.add(FILE, i + 1, "not \"<sha-256>  <path>\": \"" + Problems.oneLine(shorten(line)) + "\"");
            } else if (out.put(path, hash) != null) {
                problems.add(FILE, i + 1, "\"" + Problems.oneLine(path) + "\" is listed twice");
            }
        }
        return new Manifest(out);
    }

    /** Every file missing, changed or not listed, each a problem naming the file. */
    public void check(Map<String, byte[]> files, Problems problems) {
        hashes.forEach((path, hash) -> {
            byte[] bytes = files.get(path);
            if (bytes == null) {
                problems.add(path, 0, "listed in " + FILE + " but not in the bundle");
            } else {
                String actual = Sha256.of(bytes);
                if (!actual.equals(hash)) {
                    problems.add(path, 0, "changed: its SHA-256 is " + actual + ", " + FILE + " says " + hash);
                }
            }
        });
        files.keySet().stream().filter(p -> !p.equals(FILE) && !hashes.containsKey(p))
                .forEach(p -> problems.add(p, 0, "not listed in " + FILE));
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
