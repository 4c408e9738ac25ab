package org.parindex.app.reports.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.parindex.app.audit.Audit;
import org.parindex.app.frameworks.FrameworkVersion;
import org.parindex.app.frameworks.Frameworks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Framework texts read from workbooks, waiting for the admin's confirmation; each stored once, by its uploader. */
@Service
class FrameworkImports {

    static final Duration KEEP = Duration.ofMinutes(30);

    private record Staged(String owner, String fileName, String id, String source, Instant at) { }

    private final Map<String, Staged> staged = new ConcurrentHashMap<>();
    private final Frameworks frameworks;
    private final Audit audit;

    FrameworkImports(Frameworks frameworks, Audit audit) {
        this.frameworks = frameworks;
        this.audit = audit;
    }

    /** @param id the framework's id, a valid code: its file is named after it, never after the upload */
    String stage(String owner, String fileName, String id, String source) {
        staged.values().removeIf(s -> s.at().plus(KEEP).isBefore(Instant.now()));
        String token = UUID.randomUUID().toString();
        staged.put(token, new Staged(owner, fileName, id, source, Instant.now()));
        return token;
    }

    /** Stores the staged framework with its audit entry, in one transaction; empty when the token is unknown or stale. */
    @Transactional
    Optional<FrameworkVersion> apply(String token, String owner) {
        Staged s = staged.get(token);
        if (s == null || !s.owner().equals(owner) || s.at().plus(KEEP).isBefore(Instant.now())) {
            return Optional.empty();
        }
        staged.remove(token);
        FrameworkVersion version = frameworks.store("frameworks/" + s.id() + ".yaml", s.source());
        audit.record(owner, "framework.import", version.code(), "revision " + version.revision() + " from workbook "
                + s.fileName());
        return Optional.of(version);
    }
}
