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
        if (type.contains("openxmlformats")) {
            checkOoxml(content, name, type);
        } else if (type.equals("application/pdf")) {
            checkPdf(content, name);
        }
        return type;
    }

    /** The main part an OOXML package of each allowed type declares in [Content_Types].xml. */
    private static final java.util.Map<String, String> MAIN_PART = java.util.Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "wordprocessingml.document.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "spreadsheetml.sheet.main+xml",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "presentationml.presentation.main+xml");

    /**
     * An OOXML file is a zip: it must declare, in its [Content_Types].xml, the main part of the type its name claims
     * (a JAR renamed .docx declares none), and hold no macros (vbaProject, a macro-enabled main part).
     */
    static void checkOoxml(byte[] content, String name, String type) {
        String types = null;
        boolean macros = false;
        int entries = 0;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(content))) {
            for (var e = zip.getNextEntry(); e != null && entries++ < 10_000; e = zip.getNextEntry()) {
                String entry = e.getName().toLowerCase(java.util.Locale.ROOT);
                macros |= entry.contains("vbaproject") || entry.endsWith(".bin") && entry.contains("vba");
                if (e.getName().equals("[Content_Types].xml")) {
                    types = new String(zip.readNBytes(1024 * 1024), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        } catch (java.io.IOException e) {
            throw new RejectedFileException("type", name, type);
        }
        if (types == null || !types.contains(MAIN_PART.get(type))) {
            throw new RejectedFileException("type", name, "application/zip");
        }
        if (macros || types.toLowerCase(java.util.Locale.ROOT).contains("macroenabled")
                || types.contains("vbaProject")) {
            throw new RejectedFileException("macros", name);
        }
    }

    /** A PDF that runs something when opened (JavaScript, a launch action) is refused. */
    static void checkPdf(byte[] content, String name) {
        String text = new String(content, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (text.contains("/JavaScript") || text.contains("/JS") || text.contains("/Launch")) {
            throw new RejectedFileException("active", name);
        }
    }
}
