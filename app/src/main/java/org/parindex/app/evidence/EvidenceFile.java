package org.parindex.app.evidence;

import java.time.OffsetDateTime;

/** One evidence file attached to an item of a unit in a period; the bytes are stored once under their SHA-256. */
public record EvidenceFile(long id, String period, String unit, String node, String sha256, String name,
                           String contentType, long size, String uploadedBy, OffsetDateTime uploadedAt) {

    /** PDFs and images can be shown in the browser. */
    public boolean previewable() {
        return contentType.equals("application/pdf") || contentType.startsWith("image/");
    }
}
