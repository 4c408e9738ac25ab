package org.parindex.app.indicators;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parindex.core.analysis.Observation;
import org.parindex.app.shared.CommitCounter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The indicator observations of every period, appended and never changed. For one unit, indicator and date the
 * latest appended value counts; an earlier one is kept as history.
 */
@Repository
public class Observations {

    private final CommitCounter writes = new CommitCounter();

    private final JdbcClient jdbc;

    Observations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What appending observations did: new values added, and values already there (re-sent, nothing added). */
    public record Appended(int added, int unchanged) implements java.io.Serializable { }

    /** The values that count in a period, by unit, indicator and date (the latest appended for a date). */
    public List<Observation> of(String period) {
        Map<String, Observation> current = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT * FROM indicator_observations WHERE period_code = :p ORDER BY id").param("p", period)
                .query(rs -> {
                    Observation o = observation(rs);
                    current.put(key(o), o);
                });
        List<Observation> out = new ArrayList<>(current.values());
        out.sort(java.util.Comparator.comparing(Observation::unit).thenComparing(Observation::indicator)
                .thenComparing(Observation::date));
        return out;
    }

    /**
     * Changes with every append: the appends committed here and the id of the last value of any period (rows are
     * never deleted). One look at the primary key's end, not a count of the values.
     */
    public String stamp() {
        return writes.value() + "/"
                + jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM indicator_observations").query(Long.class).single();
    }

    /**
     * Appends the observations whose value differs from the one that counts for their unit, indicator and date;
     * the others are counted as unchanged (re-sending is a no-op).
     */
    public Appended append(String period, List<Observation> observations, String actor) {
        Map<String, Observation> current = new HashMap<>();
        of(period).forEach(o -> current.put(key(o), o));
        int added = 0;
        Timestamp now = Timestamp.from(Instant.now());
        for (Observation o : observations) {
            Observation was = current.get(key(o));
            if (was != null && was.sameValue(o)) {
                continue;
            }
            jdbc.sql("""
                    INSERT INTO indicator_observations (period_code, unit_code, indicator, observed_on, obs_value,
                    numerator, denominator, source_system, received_by, received_at)
                    VALUES (:p, :u, :i, :d, :v, :n, :den, :s, :by, :at)""")
                    .param("p", period).param("u", o.unit()).param("i", o.indicator()).param("d", o.date())
                    .param("v", o.value()).param("n", o.numerator()).param("den", o.denominator())
                    .param("s", o.source()).param("by", actor).param("at", now).update();
            current.put(key(o), o);
            added++;
            writes.wrote();
        }
        return new Appended(added, observations.size() - added);
    }

    private static String key(Observation o) {
        return o.unit() + "\u0000" + o.indicator() + "\u0000" + o.date();
    }

    private static Observation observation(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Observation(rs.getString("unit_code"), rs.getString("indicator"),
                rs.getObject("observed_on", java.time.LocalDate.class), rs.getString("obs_value"),
                rs.getString("source_system"), rs.getString("numerator"), rs.getString("denominator"));
    }
}
