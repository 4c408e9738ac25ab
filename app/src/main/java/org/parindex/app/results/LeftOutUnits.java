package org.parindex.app.results;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.parindex.app.results.internal.StoredResults;
import org.parindex.app.units.Units;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units of a period without a stored result, and those an admin left out of the published ranking with a
 * reason. The ranking never hides them silently: the public pages list them with the reason.
 */
@Service
public class LeftOutUnits {

    private final JdbcClient jdbc;
    private final StoredResults stored;
    private final Units units;

    LeftOutUnits(JdbcClient jdbc, StoredResults stored, Units units) {
        this.jdbc = jdbc;
        this.stored = stored;
        this.units = units;
    }

    /** The units of {@code periodUnits} that have no stored result in the period, in the given order. */
    @Transactional(readOnly = true)
    public List<String> withoutResult(String period, Collection<String> periodUnits) {
        Set<String> ranked = stored.rows(period).stream().map(StoredResults.Row::unit).collect(Collectors.toSet());
        return periodUnits.stream().filter(u -> !ranked.contains(u)).toList();
    }

    /** Replaces the period's left-out units with these (none: the period ranks every unit). */
    @Transactional
    public void record(String period, Collection<String> left, String reason, String by) {
        jdbc.sql("DELETE FROM left_out_units WHERE period_code = :p").param("p", period).update();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (String unit : left) {
            jdbc.sql("""
                    INSERT INTO left_out_units (period_code, unit_code, reason, decided_by, decided_at)
                    VALUES (:p, :u, :r, :by, :at)""").param("p", period).param("u", unit).param("r", reason)
                    .param("by", by).param("at", now).update();
        }
    }

    /** The units left out of the period's ranking, by Vietnamese name. */
    @Transactional(readOnly = true)
    public List<LeftOutUnit> of(String period) {
        return jdbc.sql("SELECT unit_code, reason FROM left_out_units WHERE period_code = :p").param("p", period)
                .query((rs, n) -> new LeftOutUnit(rs.getString("unit_code"), units.find(rs.getString("unit_code"))
                        .map(org.parindex.app.units.Unit::name).orElse(rs.getString("unit_code")),
                        rs.getString("reason")))
                .list().stream().sorted(java.util.Comparator.comparing(LeftOutUnit::name, Units.VIETNAMESE)).toList();
    }
}
