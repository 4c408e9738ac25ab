package org.parindex.app.bundles;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Extracts an uploaded .zip into a fresh folder, refusing what could harm the server: entries leaving the folder
 * ({@code ../}, absolute paths, backslashes), too many entries, and more uncompressed bytes than allowed (counted
 * while inflating, so a zip bomb is stopped whatever its headers say). The rules are {@link UploadTarget}'s, shared
 * with {@link SafeFolder}.
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
        UploadTarget target = new UploadTarget(into, maxEntries, maxBytes);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                target.count();
                if (e.isDirectory()) {
                    target.directory(e.getName());
                } else {
                    target.file(e.getName(), in);
                }
            }
        } catch (ZipException e) {
            throw new UnsafeUploadException("not-zip", e.getMessage());
        } catch (EOFException e) {
            throw new UnsafeUploadException("not-zip", "the .zip is cut short (" + e.getMessage() + "); make it again");
        }
        if (target.entries() == 0) {
            throw new UnsafeUploadException("not-zip", "no entries");
        }
        return into;
    }
}
