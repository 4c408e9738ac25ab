package org.parindex.app.assessments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.parindex.app.assessments.Sheet;
import org.parindex.app.assessments.StaleSheetException;
import org.parindex.app.assessments.policy.SheetState;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The units' sheets of each period. Every change names the version it was read at. */
@Repository
public class Sheets {

    private final JdbcClient jdbc;

    Sheets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Sheet> find(String period, String unit) {
        return jdbc.sql("SELECT * FROM assessment_sheets WHERE period_code = :p AND unit_code = :u")
                .param("p", period).param("u", unit).query(Sheets::sheet).optional();
    }

    public List<Sheet> of(String period) {
        return jdbc.sql("SELECT * FROM assessment_sheets WHERE period_code = :p ORDER BY unit_code")
                .param("p", period).query(Sheets::sheet).list();
    }

    /** The unit's sheet, started as a draft if it has none yet. */
    public Sheet get(String period, String unit) {
        return find(period, unit).orElseGet(() -> {
            try {
                jdbc.sql("INSERT INTO assessment_sheets (period_code, unit_code, state, version) VALUES (:p, :u, "
                        + "'DRAFT', 0)").param("p", period).param("u", unit).update();
            } catch (DuplicateKeyException startedMeanwhile) {
                // another request started it: read theirs
            }
            return find(period, unit).orElseThrow();
        });
    }

    /**
     * Claims the next version of the sheet; throws {@link StaleSheetException} when it is no longer at
     * {@code version}. The row stays locked until the transaction ends, so saves of one sheet never interleave.
     */
    public int claim(String period, String unit, int version) {
        int changed = jdbc.sql("UPDATE assessment_sheets SET version = version + 1 WHERE period_code = :p AND "
                + "unit_code = :u AND version = :v").param("p", period).param("u", unit).param("v", version).update();
        if (changed == 0) {
            throw new StaleSheetException(period, unit);
        }
        return version + 1;
    }

    public void changeState(String period, String unit, SheetState state, boolean late) {
        jdbc.sql("UPDATE assessment_sheets SET state = :s, submitted_at = :at, submitted_late = :late "
                + "WHERE period_code = :p AND unit_code = :u")
                .param("s", state.name()).param("at", state == SheetState.SUBMITTED ? now() : null)
                .param("late", late).param("p", period).param("u", unit).update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static Sheet sheet(ResultSet rs, int n) throws SQLException {
        return new Sheet(rs.getString("period_code"), rs.getString("unit_code"),
                SheetState.valueOf(rs.getString("state")), rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getBoolean("submitted_late"), rs.getInt("version"));
    }
}
