package org.parindex.app.indicators;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.parindex.app.audit.Audit;
import org.parindex.app.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API tokens of the systems that send data. A token is 32 random bytes, shown once when created; only its
 * SHA-256 is stored. Creating and revoking are audited in the same transaction.
 */
@Service
public class ApiTokens {

    public static final int MAX_NAME = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Audit audit;

    ApiTokens(JdbcClient jdbc, Audit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A new token: the stored record and the token itself, which is never shown again. */
    public record Created(ApiToken token, String secret) implements java.io.Serializable { }

    @Transactional
    public Created create(String name, TokenScope scope, String actor) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new IntakeRefused("token.name", "a token's name is 1 to " + MAX_NAME + " characters");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "pxi_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        jdbc.sql("INSERT INTO api_tokens (name, scope, token_hash, created_by, created_at) "
                        + "VALUES (:n, :s, :h, :by, :at)")
                .param("n", trimmed).param("s", scope.name()).param("h", sha256(secret)).param("by", actor)
                .param("at", Timestamp.from(now)).update();
        ApiToken token = jdbc.sql("SELECT * FROM api_tokens WHERE token_hash = :h").param("h", sha256(secret))
                .query(ApiTokens::token).single();
        audit.record(actor, "token.create", "token " + token.id(), trimmed + " (" + scope.name().toLowerCase() + ")");
        return new Created(token, secret);
    }

    @Transactional
    public void revoke(long id, String actor) {
        ApiToken token = find(id).orElseThrow(() -> new NotFoundException("token " + id));
        if (token.revoked()) {
            return;
        }
        jdbc.sql("UPDATE api_tokens SET revoked_by = :by, revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .param("by", actor).param("at", Timestamp.from(Instant.now())).param("id", id).update();
        audit.record(actor, "token.revoke", "token " + id, token.name());
    }

    public List<ApiToken> all() {
        return jdbc.sql("SELECT * FROM api_tokens ORDER BY id DESC").query(ApiTokens::token).list();
    }

    public Optional<ApiToken> find(long id) {
        return jdbc.sql("SELECT * FROM api_tokens WHERE id = :id").param("id", id).query(ApiTokens::token).optional();
    }

    /** The token a secret belongs to (revoked or not), compared by its hash. */
    public Optional<ApiToken> bySecret(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM api_tokens WHERE token_hash = :h").param("h", sha256(secret))
                .query(ApiTokens::token).optional();
    }

    /**
     * The token of an {@code Authorization: Bearer <token>} header, if it is active and of the scope; else
     * {@link TokenRefused} with 401 (missing, unknown or revoked) or 403 (another scope).
     */
    public ApiToken authorize(String authorization, TokenScope scope) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new TokenRefused(401, "missing Authorization: Bearer <token>");
        }
        Optional<ApiToken> token = bySecret(authorization.substring(7).strip());
        if (token.isEmpty() || token.get().revoked()) {
            throw new TokenRefused(401, "unknown or revoked token");
        }
        if (token.get().scope() != scope) {
            throw new TokenRefused(403, "this token may send " + token.get().scope().name().toLowerCase()
                    + " only, not " + scope.name().toLowerCase());
        }
        return token.get();
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiToken token(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new ApiToken(rs.getLong("id"), rs.getString("name"), TokenScope.valueOf(rs.getString("scope")),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("revoked_by"),
                revoked == null ? null : revoked.toInstant());
    }
}
