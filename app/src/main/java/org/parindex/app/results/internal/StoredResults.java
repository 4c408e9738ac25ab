package org.parindex.app.results.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Node;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The computed results of periods, as core computed them: one row per unit, holding its rank, points and band and
 * its node results packed by {@link PackedNodeResults} (the fields apart, as the ranking reads only those).
 */
@Repository
public class StoredResults {

    /** One unit's stored result in a period. */
    public record Row(String unit, int rank, double points, double maximum, double index, String bandCode,
                      String bandName, int missing) { }

    /** One node's stored result for a unit; points null when only a parent's total was known. */
    public record NodeRow(String unit, String node, boolean topLevel, Double points, double maximum, Double percent,
                          String entry) { }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    StoredResults(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Stores a period's results in place of those before; returns when they were computed. */
    @Transactional
    public Instant replace(String period, PeriodResult result) {
        delete(period);
        Instant computedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Timestamp now = Timestamp.from(computedAt);
        List<UnitResult> ranking = result.ranking();
        List<Node> all = result.framework().allNodes();
        List<Node> top = result.framework().nodes();
        template.batchUpdate("""
                INSERT INTO results (period_code, unit_code, rank_no, points, max_points, index_pct, band_code,
                band_name, missing, computed_at, field_results, node_results)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ranking, 500, (ps, r) -> {
            List<NodeRow> fields = new ArrayList<>();
            List<NodeRow> below = new ArrayList<>();
            for (Node n : all) {
                UnitResult.NodeValue v = r.node(n.code());
                if (v.entry() != UnitResult.Entry.NOT_FOR_GROUP) {
                    boolean field = top.contains(n);
                    (field ? fields : below).add(new NodeRow(r.unit().code(), n.code(), field,
                            nullIfNaN(v.points()), v.maximum(), nullIfNaN(r.percent(n.code())), v.entry().name()));
                }
            }
            ps.setString(1, period);
            ps.setString(2, r.unit().code());
            ps.setInt(3, r.rank());
            ps.setDouble(4, r.points());
            ps.setDouble(5, r.maximum());
            ps.setDouble(6, r.index());
            ps.setString(7, r.band().code());
            ps.setString(8, r.band().name());
            ps.setInt(9, r.missing());
            ps.setTimestamp(10, now);
            ps.setBytes(11, PackedNodeResults.pack(fields));
            ps.setBytes(12, PackedNodeResults.pack(below));
        });
        return computedAt;
    }

    public void delete(String period) {
        jdbc.sql("DELETE FROM results WHERE period_code = :p").param("p", period).update();
    }

    public boolean has(String period) {
        return computedAt(period).isPresent();
    }

    /** When the period's stored results were computed; empty when it has none. */
    public Optional<Instant> computedAt(String period) {
        return jdbc.sql("SELECT MAX(computed_at) FROM results WHERE period_code = :p").param("p", period)
                .query(Timestamp.class).list().stream().filter(Objects::nonNull).findFirst().map(Timestamp::toInstant);
    }

    /** Every unit's result, by rank. */
    public List<Row> rows(String period) {
        return jdbc.sql("SELECT * FROM results WHERE period_code = :p ORDER BY rank_no, unit_code")
                .param("p", period).query(StoredResults::row).list();
    }

    /** The fields' (top-level nodes') results of every unit of the period. */
    public List<NodeRow> topLevel(String period) {
        List<NodeRow> out = new ArrayList<>();
        jdbc.sql("SELECT unit_code, field_results FROM results WHERE period_code = :p").param("p", period)
                .query(rs -> {
                    out.addAll(PackedNodeResults.unpack(rs.getString(1), rs.getBytes(2)));
                });
        return out;
    }

    /** Every node's result for a unit of the period (the fields first); empty when it has no result. */
    public List<NodeRow> nodes(String period, String unit) {
        return jdbc.sql("SELECT field_results, node_results FROM results WHERE period_code = :p AND unit_code = :u")
                .param("p", period).param("u", unit).query((rs, n) -> {
                    List<NodeRow> all = new ArrayList<>(PackedNodeResults.unpack(unit, rs.getBytes(1)));
                    all.addAll(PackedNodeResults.unpack(unit, rs.getBytes(2)));
                    return all;
                }).optional().orElse(List.of());
    }

    /** See {@link org.parindex.app.results.PageVersion}. */
    public org.parindex.app.results.PageVersion pageVersion() {
        return jdbc.sql("SELECT version, changed_at FROM page_version WHERE id = 1")
                .query((rs, n) -> new org.parindex.app.results.PageVersion(rs.getLong("version"),
                        rs.getTimestamp("changed_at").toInstant())).single();
    }

    /** The stored ranking as CSV: rank, unit, points, maximum, index, band code. */
    public String csv(String period) {
        StringBuilder csv = new StringBuilder("rank,unit,points,maximum,index,band\n");
        for (Row r : rows(period)) {
            csv.append(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%s%n", r.rank(), r.unit(), r.points(),
                    r.maximum(), r.index(), r.bandCode()));
        }
        return csv.toString();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("unit_code"), rs.getInt("rank_no"), rs.getDouble("points"),
                rs.getDouble("max_points"), rs.getDouble("index_pct"), rs.getString("band_code"),
                rs.getString("band_name"), rs.getInt("missing"));
    }

    private static Double nullIfNaN(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
