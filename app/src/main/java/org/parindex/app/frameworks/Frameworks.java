package org.parindex.app.frameworks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parindex.core.framework.Framework;
import org.parindex.core.io.FrameworkReader;
import org.parindex.core.problem.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The framework versions. Versions are immutable: storing a changed text under the same code adds a revision,
 * so a period keeps the exact framework it was scored with.
 */
@Repository
public class Frameworks {

    private final JdbcClient jdbc;

    /** Stored texts never change: each is parsed once, by text. */
    private final Map<String, Framework> parsed = new ConcurrentHashMap<>();
    private final Map<Long, FrameworkVersion> byId = new ConcurrentHashMap<>();

    Frameworks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private Framework parse(String source, String fileName) {
        return parsed.computeIfAbsent(source, text -> {
            Problems problems = new Problems();
            Framework framework = FrameworkReader.parse(text, fileName, problems);
            problems.throwIfAny();
            return framework;
        });
    }

    /** The stored version holding exactly this text, or a new revision of the framework's code. */
    @Transactional
    public FrameworkVersion store(String fileName, String source) {
        Framework framework = parse(source, fileName);
        Optional<FrameworkVersion> same = jdbc.sql("SELECT * FROM frameworks WHERE code = :c ORDER BY revision")
                .param("c", framework.id()).query(this::version).list().stream()
                .filter(v -> v.source().equals(source)).findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        int revision = jdbc.sql("SELECT COALESCE(MAX(revision), 0) FROM frameworks WHERE code = :c")
                .param("c", framework.id()).query(Integer.class).single() + 1;
        jdbc.sql("""
                INSERT INTO frameworks (code, revision, name, file_name, source, max_points, demo, created_at)
                VALUES (:code, :rev, :name, :file, :source, :max, :demo, :at)""")
                .param("code", framework.id()).param("rev", revision).param("name", framework.name())
                .param("file", fileName).param("source", source).param("max", framework.max())
                .param("demo", framework.demo()).param("at", OffsetDateTime.now(ZoneOffset.UTC)).update();
        return find(framework.id(), revision).orElseThrow();
    }

    /** What {@link #store} would do with this text: the existing version, or empty for a new revision. */
    public Optional<FrameworkVersion> existing(String source) {
        return jdbc.sql("SELECT * FROM frameworks").query(this::version).list().stream()
                .filter(v -> v.source().equals(source)).findFirst();
    }

    /** A version by its id; versions never change once stored, so each is read from the database once. */
    public Optional<FrameworkVersion> byId(long id) {
        FrameworkVersion known = byId.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<FrameworkVersion> read = jdbc.sql("SELECT * FROM frameworks WHERE id = :id").param("id", id)
                .query(this::version).optional();
        read.ifPresent(v -> byId.put(id, v));
        return read;
    }

    public Optional<FrameworkVersion> find(String code, int revision) {
        return jdbc.sql("SELECT * FROM frameworks WHERE code = :c AND revision = :r")
                .param("c", code).param("r", revision).query(this::version).optional();
    }

    public List<FrameworkVersion> all() {
        return jdbc.sql("SELECT * FROM frameworks ORDER BY code, revision").query(this::version).list();
    }

    /** True when a period uses the version: it may then never change. */
    public boolean inUse(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM periods WHERE framework_id = :id").param("id", id)
                .query(Integer.class).single() > 0;
    }

    private FrameworkVersion version(ResultSet rs, int n) throws SQLException {
        String source = rs.getString("source");
        String fileName = rs.getString("file_name");
        return new FrameworkVersion(rs.getLong("id"), rs.getString("code"), rs.getInt("revision"), rs.getString("name"),
                fileName, source, rs.getDouble("max_points"), rs.getBoolean("demo"),
                rs.getObject("created_at", OffsetDateTime.class), parse(source, fileName));
    }
}
