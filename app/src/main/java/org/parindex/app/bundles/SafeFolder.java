package org.parindex.app.bundles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the files of an uploaded bundle folder into a fresh folder under the same rules as {@link SafeZip}:
 * every relative path checked before anything is written (no absolute paths, {@code ..} or backslashes), at most
 * {@code maxEntries} files and {@code maxBytes} bytes, nothing at all (0 bytes) refused. When every file lies in
 * one top-level folder holding bundle.yaml (what a browser sends for a chosen folder), that folder is stripped.
 */
public final class SafeFolder {

    /** One uploaded file: its path relative to the chosen folder ({@code /}-separated) and its content. */
    public interface Upload {
        String path();

        InputStream open() throws IOException;
    }

    private final int maxEntries;
    private final long maxBytes;

    public SafeFolder(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** The folder holding the uploaded files ({@code into}); the caller deletes it. */
    public Path write(List<? extends Upload> files, Path into) throws IOException {
        if (files == null || files.isEmpty()) {
            throw new UnsafeUploadException("empty", "no files");
        }
        UploadTarget target = new UploadTarget(into, maxEntries, maxBytes);
        for (Upload f : files) {
            target.count();
            UploadTarget.check(f.path());
        }
        String top = commonTopFolder(files);
        for (Upload f : files) {
            try (InputStream in = f.open()) {
                target.file(top == null ? f.path() : f.path().substring(top.length() + 1), in);
            }
        }
        if (target.bytes() == 0) {
            throw new UnsafeUploadException("empty", "0 bytes");
        }
        return into;
    }

    /** The single top-level folder every file is in, when bundle.yaml is directly inside it; else null. */
    private static String commonTopFolder(List<? extends Upload> files) {
        String top = null;
        for (Upload f : files) {
            int slash = f.path().indexOf('/');
            if (slash <= 0) {
                return null;
            }
            String first = f.path().substring(0, slash);
            if (top != null && !top.equals(first)) {
                return null;
            }
            top = first;
        }
        String bundle = top + "/bundle.yaml";
        return files.stream().anyMatch(f -> f.path().equals(bundle)) ? top : null;
    }
}
