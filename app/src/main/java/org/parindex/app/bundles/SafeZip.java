package org.parindex.app.bundles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Extracts an uploaded .zip into a fresh folder, refusing what could harm the server: entries leaving the folder
 * ({@code ../}, absolute paths, backslashes), too many entries, and more uncompressed bytes than allowed (counted
 * while inflating, so a zip bomb is stopped whatever its headers say).
 */
public final class SafeZip {

    private final int maxEntries;
    private final long maxBytes;

    public SafeZip(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** The folder holding the zip's files; the caller deletes it. */
    public Path extract(byte[] zip, Path into) throws IOException {
        if (zip == null || zip.length == 0) {
            throw new UnsafeUploadException("empty", "0 bytes");
        }
        if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K') {
            throw new UnsafeUploadException("not-zip", "the file does not start like a .zip");
        }
        int entries = 0;
        long total = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++entries > maxEntries) {
                    throw new UnsafeUploadException("too-many-entries", "more than " + maxEntries + " entries");
                }
                Path target = target(into, e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    total = copy(in, out, buffer, total);
                }
            }
        } catch (ZipException e) {
            throw new UnsafeUploadException("not-zip", e.getMessage());
        }
        if (entries == 0) {
            throw new UnsafeUploadException("not-zip", "no entries");
        }
        return into;
    }

    private long copy(InputStream in, OutputStream out, byte[] buffer, long total) throws IOException {
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            total += n;
            if (total > maxBytes) {
                throw new UnsafeUploadException("too-large", "more than " + maxBytes + " bytes uncompressed");
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static Path target(Path root, String name) {
        boolean bad = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || java.util.Arrays.asList(name.split("/")).contains("..");
        Path target = root.resolve(name).normalize();
        if (bad || !target.startsWith(root)) {
            throw new UnsafeUploadException("unsafe-path", name);
        }
        return target;
    }
}
