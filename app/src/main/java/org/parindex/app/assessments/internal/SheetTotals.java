package org.parindex.app.assessments.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.parindex.app.assessments.Totals;
import org.parindex.core.bundle.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The totals of each sheet and stage as stored after the last accepted save. */
@Repository
public class SheetTotals {

    /** Stored totals of one sheet and stage. */
    public record Stored(double points, double maximum, double index) { }

    private final JdbcClient jdbc;

    SheetTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void store(String period, String unit, Stage stage, Totals t) {
        jdbc.sql("DELETE FROM sheet_totals WHERE period_code = :p AND unit_code = :u AND stage = :s")
                .param("p", period).param("u", unit).param("s", stage.code()).update();
        jdbc.sql("""
                INSERT INTO sheet_totals (period_code, unit_code, stage, points, max_points, index_pct, computed_at)
                VALUES (:p, :u, :s, :pts, :max, :idx, :at)""").param("p", period).param("u", unit)
                .param("s", stage.code()).param("pts", t.points()).param("max", t.maximum()).param("idx", t.index())
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)).update();
    }

    public Optional<Stored> find(String period, String unit, Stage stage) {
        return jdbc.sql("SELECT points, max_points, index_pct FROM sheet_totals WHERE period_code = :p AND "
                        + "unit_code = :u AND stage = :s").param("p", period).param("u", unit).param("s", stage.code())
                .query((rs, n) -> new Stored(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3))).optional();
    }
}
