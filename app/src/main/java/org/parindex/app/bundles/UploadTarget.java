package org.parindex.app.bundles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The rules every upload obeys, however its files arrive (a .zip or a folder): each name stays inside the fresh
 * folder (no absolute paths, no {@code ..}, no backslashes or drive letters, no name twice), at most
 * {@code maxEntries} entries and {@code maxBytes} bytes in all, counted while writing.
 */
final class UploadTarget {

    private final Path root;
    private final int maxEntries;
    private final long maxBytes;
    private final byte[] buffer = new byte[8192];
    private int entries;
    private long total;

    UploadTarget(Path root, int maxEntries, long maxBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** Counts one entry; refuses the upload past the limit. */
    void count() {
        if (++entries > maxEntries) {
            throw new UnsafeUploadException("too-many-entries", "more than " + maxEntries + " entries");
        }
    }

    void directory(String name) throws IOException {
        try {
            Files.createDirectories(target(name));
        } catch (FileAlreadyExistsException e) {
            throw new UnsafeUploadException("duplicate", name);
        }
    }

    void file(String name, InputStream in) throws IOException {
        Path target = target(name);
        if (target.equals(root)) {
            throw new UnsafeUploadException("unsafe-path", name);
        }
        try {
            Files.createDirectories(target.getParent());
        } catch (FileAlreadyExistsException e) {   // a file "scores" and an entry "scores/x"
            throw new UnsafeUploadException("duplicate", name);
        }
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new UnsafeUploadException("too-large", "more than " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
        } catch (FileAlreadyExistsException e) {
            throw new UnsafeUploadException("duplicate", name);
        }
    }

    int entries() {
        return entries;
    }

    long bytes() {
        return total;
    }

    /** Refuses a name that could leave the folder. */
    static void check(String name) {
        boolean bad = name == null || name.isEmpty() || name.startsWith("/") || name.contains("\\")
                || name.contains(":") || name.indexOf('\0') >= 0 || Arrays.asList(name.split("/")).contains("..");
        if (bad) {
            throw new UnsafeUploadException("unsafe-path", String.valueOf(name));
        }
    }

    private Path target(String name) {
        check(name);
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(root)) {
            throw new UnsafeUploadException("unsafe-path", name);
        }
        return target;
    }
}
