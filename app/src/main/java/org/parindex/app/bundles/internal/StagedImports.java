package org.parindex.app.bundles.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.parindex.app.bundles.ImportPlan;
import org.springframework.stereotype.Component;

/** Checked bundles waiting for the admin's confirmation, by token; each may be applied once, by its uploader. */
@Component
class StagedImports {

    static final Duration KEEP = Duration.ofMinutes(30);

    private record Staged(String owner, ImportPlan plan, Instant at) { }

    private final Map<String, Staged> staged = new ConcurrentHashMap<>();

    String stage(String owner, ImportPlan plan) {
        staged.values().removeIf(s -> s.at().plus(KEEP).isBefore(Instant.now()));
        String token = UUID.randomUUID().toString();
        staged.put(token, new Staged(owner, plan, Instant.now()));
        return token;
    }

    Optional<ImportPlan> take(String token, String owner) {
        Staged s = staged.get(token);
        if (s == null || !s.owner().equals(owner) || s.at().plus(KEEP).isBefore(Instant.now())) {
            return Optional.empty();
        }
        staged.remove(token);
        return Optional.of(s.plan());
    }
}
