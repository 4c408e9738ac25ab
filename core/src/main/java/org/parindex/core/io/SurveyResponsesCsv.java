package org.parindex.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parindex.core.bundle.Unit;
import org.parindex.core.feeds.Survey;
import org.parindex.core.feeds.SurveyResponse;
import org.parindex.core.problem.Problems;

/**
 * Reads a period's survey responses, {@code surveys/<period>.csv}: one row per respondent, the column {@code unit}
 * then one column per question code (any subset, any order), each answer a whole number on the question's scale or
 * empty (not answered). Every problem is recorded with its line; a file with any problem gives no responses at all.
 */
public final class SurveyResponsesCsv {

    public static final String UNIT = "unit";

    private SurveyResponsesCsv() { }

    public static String path(String periodCode) {
        return "surveys/" + periodCode + ".csv";
    }

    public static List<SurveyResponse> parse(String text, String file, Survey survey, Map<String, Unit> units,
                                             Problems problems) {
        List<Survey.Question> questions = survey.questions();
        List<String> codes = questions.stream().map(Survey.Question::code).toList();
        Problems own = new Problems();
        List<CsvTable.Row> rows = CsvTable.parse(text, file, List.of(UNIT), codes, own);
        List<SurveyResponse> out = new ArrayList<>();
        if (rows != null) {
            for (CsvTable.Row row : rows) {
                SurveyResponse r = read(row, file, questions, units, own);
                if (r != null) {
                    out.add(r);
                }
            }
        }
        problems.addAll(own);
        return own.isEmpty() ? out : List.of();
    }

    private static SurveyResponse read(CsvTable.Row row, String file, List<Survey.Question> questions,
                                       Map<String, Unit> units, Problems problems) {
        String unit = row.get(UNIT);
        boolean ok = true;
        if (!units.containsKey(unit)) {
            problems.add(file, row.line(), "unknown unit \"" + unit + "\" (not in units.csv)");
            ok = false;
        }
        int[] answers = new int[questions.size()];
        boolean any = false;
        for (int q = 0; q < answers.length; q++) {
            Survey.Question question = questions.get(q);
            String raw = row.get(question.code());
            if (raw.isEmpty()) {
                continue;
            }
            int max = question.scale().labels().size();
            if (!raw.matches("\\d{1,2}") || Integer.parseInt(raw) < 1 || Integer.parseInt(raw) > max) {
                problems.add(file, row.line(), "question " + question.code() + ": \"" + raw
                        + "\" is not an answer; write a whole number from 1 to " + max + " or leave it empty");
                ok = false;
                continue;
            }
            answers[q] = Integer.parseInt(raw);
            any = true;
        }
        if (!any && ok) {
            problems.add(file, row.line(), "no answer in this row");
            ok = false;
        }
        return ok ? new SurveyResponse(unit, answers) : null;
    }

    /** Writes responses as the file holds them, one column per question in the survey's order. */
    public static String write(Survey survey, List<SurveyResponse> responses) {
        List<Survey.Question> questions = survey.questions();
        StringBuilder out = new StringBuilder();
        List<Object> header = new ArrayList<>();
        header.add(UNIT);
        questions.forEach(q -> header.add(q.code()));
        Csv.row(out, header.toArray());
        for (SurveyResponse r : responses) {
            Object[] values = new Object[questions.size() + 1];
            values[0] = r.unit();
            for (int q = 0; q < questions.size(); q++) {
                values[q + 1] = r.answer(q) == 0 ? "" : String.valueOf(r.answer(q));
            }
            Csv.row(out, values);
        }
        return out.toString();
    }
}
