package org.parindex.app.evidence.internal;

import java.util.Set;
import org.apache.tika.Tika;
import org.parindex.app.evidence.RejectedFileException;

/**
 * Decides a file's type by its content with Apache Tika (the name only refines a type the content already shows,
 * e.g. a zip container into a Word document), and allows PDF, images and Office documents.
 */
public final class ContentCheck {

    static final Set<String> ALLOWED = Set.of(
            "application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "image/tiff",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");

    private static final Tika TIKA = new Tika();

    private ContentCheck() { }

    /** The detected type; refused when not allowed. */
    public static String typeOf(byte[] content, String name) {
        String type = TIKA.detect(content, name);
        if (!ALLOWED.contains(type)) {
            throw new RejectedFileException("type", name, type);
        }
        return type;
    }
}
