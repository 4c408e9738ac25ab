package org.parindex.app.evidence;

import java.util.List;
import java.util.Optional;
import org.parindex.app.evidence.internal.BlobStore;
import org.parindex.app.evidence.internal.ContentCheck;
import org.parindex.app.evidence.internal.EvidenceLimits;
import org.parindex.app.evidence.internal.EvidenceRows;
import org.parindex.app.evidence.internal.FileNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence store: checks an upload (not empty, not over the size limit, a safe name, an allowed type by its
 * content) before anything is written, keeps the bytes once under their SHA-256 and the metadata in the
 * database. Who may attach or download is decided by the callers.
 */
@Service
public class EvidenceFiles {

    private final BlobStore blobs;
    private final EvidenceRows rows;
    private final long maxBytes;

    EvidenceFiles(BlobStore blobs, EvidenceRows rows, EvidenceLimits limits) {
        this.blobs = blobs;
        this.rows = rows;
        this.maxBytes = limits.maxBytes();
    }

    @Transactional
    public EvidenceFile attach(String period, String unit, String node, String fileName, byte[] content, String by) {
        String name = FileNames.sanitise(fileName);
        if (content.length == 0) {
            throw new RejectedFileException("empty", name);
        }
        if (content.length > maxBytes) {
            throw new RejectedFileException("tooLarge", name, megabytes(content.length), megabytes(maxBytes));
        }
        String type = ContentCheck.typeOf(content, name);
        String hash = blobs.put(content);
        long id = rows.add(period, unit, node, hash, name, type, content.length, by);
        return rows.find(id).orElseThrow();
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Optional<EvidenceFile> find(long id) {
        return rows.find(id);
    }

    public List<EvidenceFile> of(String period, String unit) {
        return rows.of(period, unit);
    }

    public byte[] content(EvidenceFile file) {
        return blobs.get(file.sha256());
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
