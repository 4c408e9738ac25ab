package org.parindex.app.evidence.internal;

import java.nio.charset.StandardCharsets;
import org.parindex.app.accounts.Access;
import org.parindex.app.evidence.EvidenceFile;
import org.parindex.app.evidence.EvidenceFiles;
import org.parindex.app.shared.NotFoundException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads an evidence file, only for users who may see its unit (403 otherwise). PDFs and images are served
 * inline with their detected type, so the sheet previews them in a frame of the same site; nothing is sniffed.
 */
@Controller
class EvidenceController {

    private final EvidenceFiles files;

    EvidenceController(EvidenceFiles files) {
        this.files = files;
    }

    @GetMapping("/evidence/{id}")
    ResponseEntity<Resource> download(@PathVariable long id) {
        EvidenceFile file = files.find(id).orElseThrow(() -> new NotFoundException("evidence file " + id));
        Access.requireUnit(file.unit());
        ContentDisposition disposition = (file.previewable() ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(file.name(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "SAMEORIGIN")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("Content-Security-Policy", POLICY)
                .body(new ByteArrayResource(files.content(file)));
    }

    /**
     * Every file, PDFs included, runs in a sandbox: no script, no form, no navigation of the page that shows it,
     * even if a check missed something in it. Chromium's PDF viewer still renders a sandboxed PDF.
     */
    static final String POLICY = "sandbox; frame-ancestors 'self'";
}
