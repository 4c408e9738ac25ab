package org.parindex.app.reports.internal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A document as an attachment, named from codes (which the code grammar keeps safe in a file name). */
final class Downloads {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() { }

    static ResponseEntity<byte[]> xlsx(String name, byte[] bytes) {
        return file(name + ".xlsx", XLSX, bytes);
    }

    static ResponseEntity<byte[]> pdf(String name, byte[] bytes) {
        return file(name + ".pdf", MediaType.APPLICATION_PDF, bytes);
    }

    private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] bytes) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }
}
