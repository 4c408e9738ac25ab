package org.parindex.core.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.parindex.core.io.BundleReader;
import org.parindex.core.io.Limits;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problems;

/**
 * Every file of a bundle (a folder or a .zip), path → bytes, paths relative to the folder holding bundle.yaml with
 * '/' between names, read within the bundle limits. A .zip entry that cannot be inflated is refused naming it.
 */
public final class BundleFiles {

    private BundleFiles() { }

    public static SortedMap<String, byte[]> read(Path path) {
        if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase().endsWith(".zip")) {
            return zip(path);
        }
        if (!Files.isDirectory(path)) {
            throw new BadInputException(path.toString(), 0, Files.exists(path)
                    ? "not a bundle: give a folder holding bundle.yaml, or a .zip of one" : "no such folder or file");
        }
        return folder(path);
    }

    private static SortedMap<String, byte[]> folder(Path dir) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).limit(Limits.ZIP_ENTRIES + 1L).toList();
        } catch (IOException e) {
            throw new BadInputException(dir.toString(), 0, "cannot be read: " + Problems.oneLine(e.getMessage()));
        }
        if (files.size() > Limits.ZIP_ENTRIES) {
            throw new BadInputException(dir.toString(), 0, "more than " + Limits.ZIP_ENTRIES + " files, the limit of a bundle");
        }
        long total = 0;
        for (Path f : files) {
            String name = dir.relativize(f).toString().replace('\\', '/');
            try {
                total += Files.size(f);
                requireWithin(total, name);
                out.put(name, Files.readAllBytes(f));
            } catch (IOException e) {
                throw new BadInputException(name, 0, "cannot be read: " + Problems.oneLine(e.getMessage()));
            }
        }
        return out;
    }

    private static SortedMap<String, byte[]> zip(Path zip) {
        String zipName = zip.getFileName().toString();
        SortedMap<String, byte[]> out = new TreeMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (file.size() > Limits.ZIP_ENTRIES) {
                throw new BadInputException(zipName, 0, "more than " + Limits.ZIP_ENTRIES + " entries, the limit of a bundle");
            }
            long total = 0;
            for (ZipEntry e : Collections.list(file.entries())) {
                if (e.isDirectory()) {
                    continue;
                }
                byte[] bytes = entry(file, e, Limits.BUNDLE_BYTES - total);
                total += bytes.length;
                out.put(e.getName(), bytes);
            }
        } catch (IOException e) {
            throw new BadInputException(zipName, 0, "not a readable .zip (" + Problems.oneLine(e.getMessage()) + ")");
        }
        return stripTopFolder(out);
    }

    /** The entry's bytes, read while counting: a bomb stops at the bound, a damaged entry is named. */
    private static byte[] entry(ZipFile file, ZipEntry e, long room) {
        try (InputStream in = file.getInputStream(e)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, room + 1));
            requireWithin(bytes.length > room ? Limits.BUNDLE_BYTES + 1 : 0, e.getName());
            return bytes;
        } catch (IOException ex) {
            throw new BadInputException(e.getName(), 0, "damaged in the .zip, cannot be inflated ("
                    + Problems.oneLine(ex.getMessage()) + ")");
        }
    }

    private static void requireWithin(long total, String name) {
        if (total > Limits.BUNDLE_BYTES) {
            throw new BadInputException(name, 0, "the bundle's files together exceed " + Limits.BUNDLE_BYTES
                    + " bytes, the limit of a bundle");
        }
    }

    /** A zip of a folder: its single top-level folder is dropped when bundle.yaml is in it. */
    private static SortedMap<String, byte[]> stripTopFolder(SortedMap<String, byte[]> files) {
        if (files.containsKey(BundleReader.BUNDLE_FILE) || files.isEmpty()) {
            return files;
        }
        String first = files.firstKey();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return files;
        }
        String prefix = first.substring(0, slash + 1);
        List<String> names = new ArrayList<>(files.keySet());
        if (!files.containsKey(prefix + BundleReader.BUNDLE_FILE) || !names.stream().allMatch(n -> n.startsWith(prefix))) {
            return files;
        }
        SortedMap<String, byte[]> out = new TreeMap<>();
        files.forEach((k, v) -> out.put(k.substring(prefix.length()), v));
        return out;
    }
}
