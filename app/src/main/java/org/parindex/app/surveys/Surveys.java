package org.parindex.app.surveys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parindex.app.audit.Audit;
import org.parindex.app.frameworks.Frameworks;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.Periods;
import org.parindex.app.shared.CommitCounter;
import org.parindex.app.shared.NotFoundException;
import org.parindex.app.units.Units;
import org.parindex.core.feeds.Feeds;
import org.parindex.core.feeds.Satisfaction;
import org.parindex.core.feeds.Survey;
import org.parindex.core.feeds.SurveyResponse;
import org.parindex.core.io.SurveyResponsesCsv;
import org.parindex.core.io.SurveyYaml;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problems;
import org.parindex.documents.xlsx.SurveyResponsesWorkbookReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A period's citizen survey: its definition (core reads and checks the YAML), the responses (imported from a file
 * or answered on the public form with a one-time code) and each unit's satisfaction (core computes it). Nothing about
 * a respondent is stored; a code's SHA-256 is, and it is spent in the same transaction as its answer is stored.
 */
@Service
public class Surveys {

    private final CommitCounter writes = new CommitCounter();

    /** The most one-time codes made for a unit at once. */
    public static final int MAX_CODES = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final JdbcClient jdbc;
    private final Periods periods;
    private final Frameworks frameworks;
    private final Units units;
    private final Audit audit;

    Surveys(JdbcClient jdbc, Periods periods, Frameworks frameworks, Units units, Audit audit) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.frameworks = frameworks;
        this.units = units;
        this.audit = audit;
    }

    /** The period's survey as core reads it, with its source text; empty without one. */
    public Optional<Defined> definition(String period) {
        return jdbc.sql("SELECT source FROM surveys WHERE period_code = :p").param("p", period).query(String.class)
                .optional().map(text -> new Defined(text, parse(period, text)));
    }

    public record Defined(String text, Survey survey) { }

    /** What feeds the period's survey items: the survey and every response (Feeds.NONE part when none). */
    public Feeds feeds(String period, List<org.parindex.core.analysis.Observation> observations) {
        Optional<Defined> d = definition(period);
        if (d.isEmpty()) {
            return observations.isEmpty() ? Feeds.NONE : new Feeds(observations, null, null, List.of());
        }
        return new Feeds(observations, d.get().survey(), d.get().text(), responses(period, d.get().survey()));
    }

    /** Every unit's satisfaction in the period, by unit code (empty without a survey). */
    public Map<String, Satisfaction> satisfaction(String period) {
        return feeds(period, List.of()).satisfaction();
    }

    /**
     * Sets the period's survey (refused with every problem as file:line); a survey whose questions differ from
     * the stored one's is refused once responses exist (their answers follow the questions' order).
     */
    @Transactional
    public void define(String period, String text, String actor) {
        Period p = open(period);
        Problems problems = new Problems();
        Survey survey = SurveyYaml.parse(text, SurveyYaml.path(period), framework(p), problems);
        problems.throwIfAny();
        Optional<Defined> before = definition(period);
        if (before.isPresent() && count(period) > 0 && !codes(before.get().survey()).equals(codes(survey))) {
            throw new SurveyRefused("questionsChanged");
        }
        store(period, text, actor);
    }

    /** Stores a survey as a bundle brought it (checked by core already). */
    @Transactional
    public void imported(String period, String text, List<SurveyResponse> responses, String actor) {
        store(period, text, actor);
        jdbc.sql("DELETE FROM survey_responses WHERE period_code = :p AND channel = 'IMPORT'").param("p", period)
                .update();
        insert(period, responses, "IMPORT");
    }

    /** Imports a responses file: every row or none (BadInputException with each bad row's line). */
    @Transactional
    public int importResponses(String period, String csv, String actor) {
        return importChecked(period, actor, survey -> {
            Problems problems = new Problems();
            List<SurveyResponse> read = SurveyResponsesCsv.parse(csv, SurveyResponsesCsv.path(period), survey,
                    units.coreByCode(), problems);
            problems.throwIfAny();
            return read;
        });
    }

    /**
     * Imports responses from a workbook laid out as the responses file (documents' reader, bounded and values only):
     * every row or none (BadInputException with each bad row's sheet!cell).
     */
    @Transactional
    public int importResponsesWorkbook(String period, byte[] xlsx, String name, String actor) {
        return importChecked(period, actor,
                survey -> SurveyResponsesWorkbookReader.read(xlsx, name, survey, units.coreByCode()));
    }

    private int importChecked(String period, String actor,
                              Function<Survey, List<SurveyResponse>> reader) {
        open(period);
        Survey survey = definition(period).orElseThrow(() -> new SurveyRefused("noSurvey")).survey();
        List<SurveyResponse> read = reader.apply(survey);
        insert(period, read, "IMPORT");
        audit.record(actor, "survey.import", "period " + period, read.size() + " responses");
        return read.size();
    }

    /** New one-time codes for a unit's respondents, shown once (only their hashes are stored). */
    @Transactional
    public List<String> issueCodes(String period, String unit, int count, String actor) {
        open(period);
        definition(period).orElseThrow(() -> new SurveyRefused("noSurvey"));
        if (!units.exists(unit)) {
            throw new NotFoundException("unit " + unit);
        }
        if (count < 1 || count > MAX_CODES) {
            throw new SurveyRefused("codeCount");
        }
        List<String> codes = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
            String code = newCode();
            jdbc.sql("INSERT INTO survey_codes (code_hash, period_code, unit_code, created_at) VALUES (:h, :p, :u, :at)")
                    .param("h", sha256(code)).param("p", period).param("u", unit).param("at", now).update();
            codes.add(code);
        }
        audit.record(actor, "survey.codes", "period " + period + ", unit " + unit, count + " codes");
        return codes;
    }

    /**
     * Stores one respondent's answers given with a one-time code of that period and unit. The code is spent by one
     * conditional update in the same transaction, so a second submission or a replayed code stores nothing.
     */
    @Transactional
    public void answer(String period, String unit, String code, Map<String, String> answers) {
        open(period);
        Survey survey = definition(period).orElseThrow(() -> new NotFoundException("survey of period " + period)).survey();
        int[] values = values(survey, answers);
        String normalised = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        int spent = jdbc.sql("UPDATE survey_codes SET used_at = :at WHERE code_hash = :h AND period_code = :p "
                        + "AND unit_code = :u AND used_at IS NULL")
                .param("at", Timestamp.from(Instant.now())).param("h", sha256(normalised)).param("p", period)
                .param("u", unit).update();
        if (spent != 1) {
            throw new SurveyRefused("badCode");
        }
        insert(period, List.of(new SurveyResponse(unit, values)), "FORM");
    }

    /** The form's answers by question code, each on the question's scale; at least one. */
    private static int[] values(Survey survey, Map<String, String> answers) {
        List<Survey.Question> questions = survey.questions();
        int[] values = new int[questions.size()];
        boolean any = false;
        for (int q = 0; q < values.length; q++) {
            String raw = answers.get(questions.get(q).code());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            int max = questions.get(q).scale().labels().size();
            if (!raw.matches("\\d{1,2}") || Integer.parseInt(raw) < 1 || Integer.parseInt(raw) > max) {
                throw new SurveyRefused("badAnswer");
            }
            values[q] = Integer.parseInt(raw);
            any = true;
        }
        if (!any) {
            throw new SurveyRefused("noAnswer");
        }
        return values;
    }

    public List<SurveyResponse> responses(String period, Survey survey) {
        int n = survey.questions().size();
        return jdbc.sql("SELECT unit_code, answers FROM survey_responses WHERE period_code = :p ORDER BY id")
                .param("p", period).query((rs, i) -> new SurveyResponse(rs.getString(1),
                        decode(rs.getString(2), n))).list();
    }

    /** True while the period takes answers (not locked or published). */
    public boolean accepting(String period) {
        return periods.find(period).map(p -> !p.status().isClosed()).orElse(false);
    }

    /**
     * Changes whenever the period's survey or responses change: the writes committed here, when the survey was
     * stored (a bundle import that replaces responses stores it again) and the id of the last response of any period
     * (responses are otherwise only added). Two index look-ups, not a count of the responses.
     */
    public String stamp(String period) {
        String at = jdbc.sql("SELECT created_at FROM surveys WHERE period_code = :p").param("p", period)
                .query(java.sql.Timestamp.class).optional().map(Object::toString).orElse("-");
        return writes.value() + "/" + at + "/"
                + jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM survey_responses").query(Long.class).single();
    }

    public int count(String period) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_responses WHERE period_code = :p").param("p", period)
                .query(Integer.class).single();
    }

    private void insert(String period, List<SurveyResponse> responses, String channel) {
        writes.wrote();
        Timestamp now = Timestamp.from(Instant.now());
        for (SurveyResponse r : responses) {
            jdbc.sql("INSERT INTO survey_responses (period_code, unit_code, answers, channel, received_at) "
                            + "VALUES (:p, :u, :a, :c, :at)")
                    .param("p", period).param("u", r.unit()).param("a", encode(r.answers())).param("c", channel)
                    .param("at", now).update();
        }
    }

    private void store(String period, String text, String actor) {
        writes.wrote();
        jdbc.sql("DELETE FROM surveys WHERE period_code = :p").param("p", period).update();
        jdbc.sql("INSERT INTO surveys (period_code, source, created_by, created_at) VALUES (:p, :s, :by, :at)")
                .param("p", period).param("s", text).param("by", actor).param("at", Timestamp.from(Instant.now()))
                .update();
        audit.record(actor, "survey.define", "period " + period, null);
    }

    private Survey parse(String period, String text) {
        Period p = periods.find(period).orElseThrow(() -> new NotFoundException("period " + period));
        Problems problems = new Problems();
        Survey survey = SurveyYaml.parse(text, SurveyYaml.path(period), framework(p), problems);
        if (survey == null) {
            throw new BadInputException(problems.list());
        }
        return survey;
    }

    private Period open(String period) {
        Period p = periods.find(period).orElseThrow(() -> new NotFoundException("period " + period));
        if (p.status().isClosed()) {
            throw new SurveyRefused("closed");
        }
        return p;
    }

    private org.parindex.core.framework.Framework framework(Period p) {
        return frameworks.byId(p.frameworkId()).orElseThrow().framework();
    }


    private static List<String> codes(Survey s) {
        return s.questions().stream().map(Survey.Question::code).toList();
    }

    private static String encode(int[] answers) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < answers.length; i++) {
            out.append(i == 0 ? "" : ",").append(answers[i] == 0 ? "" : String.valueOf(answers[i]));
        }
        return out.toString();
    }

    private static int[] decode(String text, int n) {
        String[] parts = text.split(",", -1);
        int[] out = new int[n];
        for (int i = 0; i < Math.min(n, parts.length); i++) {
            out[i] = parts[i].isEmpty() ? 0 : Integer.parseInt(parts[i]);
        }
        return out;
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(CODE_LETTERS[RANDOM.nextInt(CODE_LETTERS.length)]);
        }
        return code.toString();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
