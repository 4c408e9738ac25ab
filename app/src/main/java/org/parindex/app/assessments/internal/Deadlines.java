package org.parindex.app.assessments.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.parindex.app.periods.AppraisalRound;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.PeriodStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The deadline of each stage for a unit: the period's, or the later one granted to the unit with a reason. */
@Repository
public class Deadlines {

    private final JdbcClient jdbc;

    Deadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The period's own deadline of a stage, or null when it has none. */
    public static LocalDate ofPeriod(Period p, PeriodStatus stage) {
        return switch (stage) {
            case SELF_ASSESSMENT -> p.selfAssessmentDue();
            case EXPLANATIONS -> p.explanationsDue();
            case APPRAISAL_1 -> round(p, 1);
            case APPRAISAL_2 -> round(p, 2);
            default -> null;
        };
    }

    /** The unit's deadline of a stage: its latest extension, else the period's. */
    public LocalDate of(Period p, String unit, PeriodStatus stage) {
        return extension(p.code(), unit, stage).orElse(ofPeriod(p, stage));
    }

    public Optional<LocalDate> extension(String period, String unit, PeriodStatus stage) {
        return jdbc.sql("SELECT due_on FROM deadline_extensions WHERE period_code = :p AND unit_code = :u AND "
                        + "period_stage = :s ORDER BY id DESC LIMIT 1")
                .param("p", period).param("u", unit).param("s", stage.name()).query(LocalDate.class).optional();
    }

    /** The latest extension of a stage for each unit of the period that has one. */
    public Map<String, LocalDate> extensions(String period, PeriodStatus stage) {
        Map<String, LocalDate> latest = new HashMap<>();
        jdbc.sql("SELECT unit_code, due_on FROM deadline_extensions WHERE period_code = :p AND period_stage = :s "
                        + "ORDER BY id").param("p", period).param("s", stage.name())
                .query(rs -> {
                    latest.put(rs.getString(1), rs.getObject(2, LocalDate.class));
                });
        return latest;
    }

    public void extend(String period, String unit, PeriodStatus stage, LocalDate due, String reason, String by) {
        jdbc.sql("""
                INSERT INTO deadline_extensions (period_code, unit_code, period_stage, due_on, reason, granted_by,
                granted_at) VALUES (:p, :u, :s, :d, :r, :by, :at)""").param("p", period).param("u", unit)
                .param("s", stage.name()).param("d", due).param("r", reason).param("by", by)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)).update();
    }

    private static LocalDate round(Period p, int n) {
        return p.rounds().stream().filter(r -> r.number() == n).map(AppraisalRound::due).findFirst().orElse(null);
    }
}
