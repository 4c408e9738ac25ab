package org.parindex.app.reminders.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.parindex.app.assessments.Tasks.Due;
import org.parindex.app.periods.PeriodStatus;
import org.parindex.app.reminders.Reminder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reminders sent; the key (period, unit, stage, day) lets only one node send a day's reminder. */
@Repository
class ReminderRows {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    ReminderRows(JdbcClient jdbc, @Value("${parindex.zone:Asia/Ho_Chi_Minh}") String zone) {
        this.jdbc = jdbc;
        this.zone = ZoneId.of(zone);
    }

    boolean sentOn(Due work, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM deadline_reminders WHERE period_code = :p AND unit_code = :u "
                        + "AND period_stage = :s AND reminded_on = :d")
                .param("p", work.period()).param("u", work.unit()).param("s", work.stage().name()).param("d", day)
                .query(Integer.class).single() > 0;
    }

    /** Claims the day's reminder; a second claim (another node's) fails on the key once this one commits. */
    void claim(Due work, LocalDate day, int recipients, int mailed) {
        jdbc.sql("""
                INSERT INTO deadline_reminders (period_code, unit_code, period_stage, reminded_on, due_on, recipients,
                mailed, created_at) VALUES (:p, :u, :s, :d, :due, :r, :m, :at)""")
                .param("p", work.period()).param("u", work.unit()).param("s", work.stage().name()).param("d", day)
                .param("due", work.due()).param("r", recipients).param("m", mailed)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC)).update();
    }

    /** The latest reminders, newest first, their times in the assessor's zone ({@code parindex.zone}). */
    List<Reminder> latest(int limit) {
        return jdbc.sql("SELECT * FROM deadline_reminders ORDER BY created_at DESC, unit_code LIMIT :n")
                .param("n", limit)
                .query((rs, n) -> new Reminder(rs.getString("period_code"), rs.getString("unit_code"),
                        PeriodStatus.valueOf(rs.getString("period_stage")),
                        rs.getObject("reminded_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        rs.getInt("recipients"), rs.getInt("mailed"),
                        rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime()))
                .list();
    }
}
