package org.parindex.app.evidence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parindex.core.integrity.Sha256;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * File contents addressed by their SHA-256, in the database ({@code evidence_blobs}), so that every application node
 * on the same database serves them; the same bytes are kept once. Contents written by earlier versions to the evidence
 * folder ({@code <folder>/ab/cd/abcd…}) are still read from there.
 */
@Component
public class BlobStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;
    private final Path legacy;

    BlobStore(JdbcClient jdbc, PlatformTransactionManager transactions,
              @Value("${parindex.evidence.dir:${parindex.data-dir:./data}/evidence}") String legacy) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.legacy = Path.of(legacy).toAbsolutePath().normalize();
    }

    /**
     * Stores the bytes unless stored already, in the caller's transaction; returns their hash. The same bytes
     * stored at the same moment by another request (or node) make the insert fail: that is rolled back to a
     * savepoint, so the caller's transaction goes on, and the bytes are there all the same.
     */
    public String put(byte[] content) {
        String hash = Sha256.of(content);
        try {
            savepoint.executeWithoutResult(s -> jdbc.sql("""
                    MERGE INTO evidence_blobs t USING (VALUES (CAST(:h AS CHAR(64)))) AS s (sha256)
                    ON t.sha256 = s.sha256 WHEN NOT MATCHED THEN INSERT (sha256, content) VALUES (s.sha256, :c)""")
                    .param("h", hash).param("c", content).update());
        } catch (DuplicateKeyException storedMeanwhile) {
            // the other transaction committed the same bytes
        }
        return hash;
    }

    /** The bytes of this hash: from the database, else from the folder of earlier versions. */
    public byte[] get(String hash) {
        Path old = path(hash);
        return jdbc.sql("SELECT content FROM evidence_blobs WHERE sha256 = :h").param("h", hash)
                .query(byte[].class).optional().orElseGet(() -> {
                    try {
                        return Files.readAllBytes(old);
                    } catch (IOException e) {
                        throw new UncheckedIOException("evidence content " + hash + " is missing", e);
                    }
                });
    }

    private Path path(String hash) {
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + hash);
        }
        return legacy.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }
}
