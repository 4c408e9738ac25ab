package org.parindex.app.units;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parindex.core.bundle.Codes;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The units, with their lineage. Changes check the version they were read at (optimistic locking). */
@Repository
public class Units {

    public static final Comparator<String> VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"))::compare;
    private static final Collator COLLATOR = Collator.getInstance(Locale.forLanguageTag("vi"));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Units(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The units as last read, with the version of the data they were read at. */
    private record Read(long version, List<Unit> units) { }

    private volatile Read read = new Read(-1, List.of());

    /**
     * Every unit, in Vietnamese alphabetical order of names. The list is read again only when the data's version
     * has changed: the {@code page_version} row (migration V270), which the database bumps in the transaction of
     * every change of units and their lineage, on whichever node made it.
     */
    public List<Unit> all() {
        long version = jdbc.sql("SELECT version FROM page_version WHERE id = 1").query(Long.class).single();
        Read known = read;
        if (known.version() != version) {
            known = new Read(version, List.copyOf(readAll()));
            read = known;
        }
        return new ArrayList<>(known.units());
    }

    private List<Unit> readAll() {
        Map<String, List<String>> lineage = new HashMap<>();
        jdbc.sql("SELECT unit_code, predecessor_code FROM unit_predecessors ORDER BY unit_code, ordinal")
                .query(rs -> {
                    lineage.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        List<Unit> units = new ArrayList<>(jdbc.sql("SELECT * FROM units")
                .query((rs, n) -> unit(rs, lineage.getOrDefault(rs.getString("code"), List.of()))).list());
        return inVietnameseOrder(units);
    }

    /**
     * Sorted by name as Vietnamese sorts, then code: each name's collation key is made once (a national list
     * compared name by name spent most of a unit page's time in the collator), by a collator of this call's own
     * (a shared one serialises its callers).
     */
    private static List<Unit> inVietnameseOrder(List<Unit> units) {
        Collator collator = (Collator) COLLATOR.clone();
        record Keyed(CollationKey key, Unit unit) { }
        return units.stream().map(u -> new Keyed(collator.getCollationKey(u.name()), u))
                .sorted(Comparator.comparing(Keyed::key).thenComparing(k -> k.unit().code()))
                .map(Keyed::unit).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    /** Every unit as core reads it, by code (what core checks a file's unit codes against). */
    public Map<String, org.parindex.core.bundle.Unit> coreByCode() {
        Map<String, org.parindex.core.bundle.Unit> map = new HashMap<>();
        all().forEach(u -> map.put(u.code(), u.toCore()));
        return map;
    }

    /** Every unit by code (one query, for imports that compare thousands). */
    public Map<String, Unit> byCode() {
        Map<String, Unit> out = new HashMap<>();
        all().forEach(u -> out.put(u.code(), u));
        return out;
    }

    public Optional<Unit> find(String code) {
        List<String> lineage = jdbc.sql("SELECT predecessor_code FROM unit_predecessors WHERE unit_code = :c ORDER BY ordinal")
                .param("c", code).query(String.class).list();
        return jdbc.sql("SELECT * FROM units WHERE code = :c").param("c", code)
                .query((rs, n) -> unit(rs, lineage)).optional();
    }

    public boolean exists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM units WHERE code = :c").param("c", code).query(Integer.class).single() > 0;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM units").query(Long.class).single();
    }

    @Transactional
    public void add(Unit unit) {
        Codes.require("unit", unit.code());
        ensureGroup(unit.group());
        jdbc.sql("""
                INSERT INTO units (code, name, unit_group, valid_from, valid_to, version)
                VALUES (:code, :name, :grp, :from, :to, 0)""")
                .param("code", unit.code()).param("name", unit.name()).param("grp", unit.group())
                .param("from", unit.validFrom()).param("to", unit.validTo()).update();
        writeLineage(unit);
    }

    /** Adds new units and their lineage in batches (as {@link #add} does one by one). */
    @Transactional
    public void addAll(List<Unit> added) {
        added.forEach(u -> Codes.require("unit", u.code()));
        added.stream().map(Unit::group).distinct().forEach(this::ensureGroup);
        template.batchUpdate("INSERT INTO units (code, name, unit_group, valid_from, valid_to, version) "
                + "VALUES (?, ?, ?, ?, ?, 0)", added, 1000, (ps, u) -> {
                    ps.setString(1, u.code());
                    ps.setString(2, u.name());
                    ps.setString(3, u.group());
                    ps.setObject(4, u.validFrom());
                    ps.setObject(5, u.validTo());
                });
        List<String[]> lineage = new ArrayList<>();
        for (Unit u : added) {
            for (int i = 0; i < u.predecessors().size(); i++) {
                lineage.add(new String[] {u.code(), u.predecessors().get(i), Integer.toString(i)});
            }
        }
        template.batchUpdate("INSERT INTO unit_predecessors (unit_code, predecessor_code, ordinal) VALUES (?, ?, ?)",
                lineage, 1000, (ps, l) -> {
                    ps.setString(1, l[0]);
                    ps.setString(2, l[1]);
                    ps.setInt(3, Integer.parseInt(l[2]));
                });
    }

    /** Replaces name, group, dates and lineage; fails when someone changed the unit since {@code unit.version()}. */
    @Transactional
    public void update(Unit unit) {
        ensureGroup(unit.group());
        int changed = jdbc.sql("""
                UPDATE units SET name = :name, unit_group = :grp, valid_from = :from, valid_to = :to,
                version = version + 1 WHERE code = :code AND version = :version""")
                .param("code", unit.code()).param("name", unit.name()).param("grp", unit.group())
                .param("from", unit.validFrom()).param("to", unit.validTo()).param("version", unit.version())
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("unit " + unit.code() + " was changed by someone else");
        }
        jdbc.sql("DELETE FROM unit_predecessors WHERE unit_code = :c").param("c", unit.code()).update();
        writeLineage(unit);
    }

    public Map<String, String> groups() {
        Map<String, String> out = new HashMap<>();
        jdbc.sql("SELECT code, name FROM unit_groups").query(rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }

    private void ensureGroup(String group) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM unit_groups WHERE code = :c").param("c", group)
                .query(Integer.class).single() > 0;
        if (!known) {
            jdbc.sql("INSERT INTO unit_groups (code, name) VALUES (:c, :c)").param("c", group).update();
        }
    }

    private void writeLineage(Unit unit) {
        int i = 0;
        for (String p : unit.predecessors()) {
            jdbc.sql("INSERT INTO unit_predecessors (unit_code, predecessor_code, ordinal) VALUES (:u, :p, :i)")
                    .param("u", unit.code()).param("p", p).param("i", i++).update();
        }
    }

    private static Unit unit(ResultSet rs, List<String> lineage) throws SQLException {
        return new Unit(rs.getString("code"), rs.getString("name"), rs.getString("unit_group"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), lineage,
                rs.getInt("version"));
    }
}
