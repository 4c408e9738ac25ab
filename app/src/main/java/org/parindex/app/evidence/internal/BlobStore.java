package org.parindex.app.evidence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.parindex.core.integrity.Sha256;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** File contents on disk, addressed by their SHA-256: {@code <folder>/ab/cd/abcd…}. The same bytes are kept once. */
@Component
public class BlobStore {

    private final Path root;

    BlobStore(@Value("${parindex.evidence.dir:${parindex.data-dir:./data}/evidence}") String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    /** Stores the bytes unless stored already; returns their hash. */
    public String put(byte[] content) {
        String hash = Sha256.of(content);
        Path target = path(hash);
        if (Files.exists(target)) {
            return hash;
        }
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling(".tmp-" + UUID.randomUUID());
            Files.write(tmp, content);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                if (!Files.exists(target)) {
                    throw e;
                }
            }
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path(String hash) {
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + hash);
        }
        return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }

    public Path root() {
        return root;
    }
}
