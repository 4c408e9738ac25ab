package org.parindex.core.feeds;

import java.util.Arrays;

/**
 * One respondent's answers about one unit, by question in the survey's order: 1..n on the question's scale, 0 where
 * the question was not answered. Nothing about the person is kept.
 */
public record SurveyResponse(String unit, int[] answers) {

    public SurveyResponse {
        answers = answers.clone();
    }

    public int answer(int question) {
        return answers[question];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SurveyResponse r && r.unit.equals(unit) && Arrays.equals(r.answers, answers);
    }

    @Override
    public int hashCode() {
        return unit.hashCode() * 31 + Arrays.hashCode(answers);
    }

    @Override
    public String toString() {
        return unit + Arrays.toString(answers);
    }
}
