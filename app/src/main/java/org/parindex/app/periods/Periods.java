package org.parindex.app.periods;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parindex.core.bundle.Codes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The assessment periods, oldest first. */
@Repository
public class Periods {

    private static final Logger LOG = LoggerFactory.getLogger(Periods.class);

    private final JdbcClient jdbc;

    Periods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every period whose code follows the grammar; a row that does not (written before it was enforced) is left out and logged, so it never reaches a page, a link or a file name. */
    public List<Period> all() {
        return jdbc.sql("SELECT * FROM periods ORDER BY ordinal, code").query(this::period).list().stream()
                .filter(Periods::wellFormed).toList();
    }

    public Optional<Period> find(String code) {
        if (!Codes.isValid(code)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM periods WHERE code = :c").param("c", code).query(this::period).optional();
    }

    private static boolean wellFormed(Period p) {
        if (Codes.isValid(p.code())) {
            return true;
        }
        LOG.warn("period \"{}\" left out: its code breaks the grammar ({})", Codes.shown(p.code()), Codes.RULE);
        return false;
    }

    /** The period just before this one, if any. */
    public Optional<Period> previous(String code) {
        List<Period> all = all();
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).code().equals(code)) {
                return Optional.of(all.get(i - 1));
            }
        }
        return Optional.empty();
    }

    public int nextOrdinal() {
        return jdbc.sql("SELECT COALESCE(MAX(ordinal), 0) FROM periods").query(Integer.class).single() + 1;
    }

    /** Adds a new period, or replaces everything of an existing one (checking its version). */
    @Transactional
    public void save(Period p) {
        Codes.require("period", p.code());
        boolean exists = find(p.code()).isPresent();
        var sql = exists ? """
                UPDATE periods SET name = :name, framework_id = :fw, status = :status, ordinal = :ordinal,
                starts_on = :starts, ends_on = :ends, announced_on = :announced, self_assessment_due = :selfDue,
                explanations_due = :explDue, version = version + 1 WHERE code = :code AND version = :version"""
                : """
                INSERT INTO periods (code, name, framework_id, status, ordinal, starts_on, ends_on, announced_on,
                self_assessment_due, explanations_due, version)
                VALUES (:code, :name, :fw, :status, :ordinal, :starts, :ends, :announced, :selfDue, :explDue, 0)""";
        int changed = jdbc.sql(sql).param("code", p.code()).param("name", p.name()).param("fw", p.frameworkId())
                .param("status", p.status().name()).param("ordinal", p.ordinal()).param("starts", p.startsOn())
                .param("ends", p.endsOn()).param("announced", p.announcedOn()).param("selfDue", p.selfAssessmentDue())
                .param("explDue", p.explanationsDue()).param("version", p.version()).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("period " + p.code() + " was changed by someone else");
        }
        jdbc.sql("DELETE FROM period_units WHERE period_code = :c").param("c", p.code()).update();
        jdbc.sql("DELETE FROM appraisal_rounds WHERE period_code = :c").param("c", p.code()).update();
        for (String unit : p.unitCodes()) {
            jdbc.sql("INSERT INTO period_units (period_code, unit_code) VALUES (:p, :u)")
                    .param("p", p.code()).param("u", unit).update();
        }
        for (AppraisalRound r : p.rounds()) {
            jdbc.sql("INSERT INTO appraisal_rounds (period_code, round_no, due_on) VALUES (:p, :n, :d)")
                    .param("p", p.code()).param("n", r.number()).param("d", r.due()).update();
        }
    }

    /** Removes a period still in draft (nothing was scored in it); false when it is not a draft at this version. */
    @Transactional
    public boolean deleteDraft(String code, int version) {
        Optional<Period> p = find(code);
        if (p.isEmpty() || p.get().status() != PeriodStatus.DRAFT || p.get().version() != version) {
            return false;
        }
        jdbc.sql("DELETE FROM period_units WHERE period_code = :c").param("c", code).update();
        jdbc.sql("DELETE FROM appraisal_rounds WHERE period_code = :c").param("c", code).update();
        return jdbc.sql("DELETE FROM periods WHERE code = :c AND status = 'DRAFT' AND version = :v").param("c", code)
                .param("v", version).update() == 1;
    }

    public Assessor assessor() {
        var values = new java.util.HashMap<String, String>();
        jdbc.sql("SELECT name, setting FROM settings WHERE name LIKE 'assessor.%'")
                .query(rs -> {
                    values.put(rs.getString(1), rs.getString(2));
                });
        if (values.isEmpty()) {
            return Assessor.NONE;
        }
        return new Assessor(values.getOrDefault("assessor.title", ""), values.getOrDefault("assessor.name", ""),
                Boolean.parseBoolean(values.get("assessor.demo")));
    }

    @Transactional
    public void saveAssessor(Assessor a) {
        jdbc.sql("DELETE FROM settings WHERE name LIKE 'assessor.%'").update();
        setting("assessor.title", a.title());
        setting("assessor.name", a.name());
        setting("assessor.demo", Boolean.toString(a.demo()));
    }

    private void setting(String name, String value) {
        jdbc.sql("INSERT INTO settings (name, setting) VALUES (:n, :v)").param("n", name)
                .param("v", value == null ? "" : value).update();
    }

    private Period period(ResultSet rs, int n) throws SQLException {
        String code = rs.getString("code");
        List<String> units = jdbc.sql("SELECT unit_code FROM period_units WHERE period_code = :c ORDER BY unit_code")
                .param("c", code).query(String.class).list();
        List<AppraisalRound> rounds = jdbc.sql("SELECT round_no, due_on FROM appraisal_rounds WHERE period_code = :c "
                + "ORDER BY round_no").param("c", code)
                .query((r, i) -> new AppraisalRound(r.getInt(1), r.getObject(2, LocalDate.class))).list();
        return new Period(code, rs.getString("name"), rs.getLong("framework_id"),
                PeriodStatus.valueOf(rs.getString("status")), rs.getInt("ordinal"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getObject("announced_on", LocalDate.class), rs.getObject("self_assessment_due", LocalDate.class),
                rs.getObject("explanations_due", LocalDate.class), rounds, units, rs.getInt("version"));
    }
}
