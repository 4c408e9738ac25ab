package org.parindex.core.feeds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One unit's survey result: how many responded, the satisfaction share of each factor and overall (every answer of
 * its questions; satisfied = at or above the scale's {@code satisfiedFrom}), and whether it has fewer respondents
 * than the survey's minimum, in which case its survey items are not fed.
 */
public record Satisfaction(String unit, int respondents, Map<String, Share> factors, Share overall,
                           boolean belowMinimum) {

    /** Every unit's result, by unit code. */
    public static Map<String, Satisfaction> of(Survey survey, List<SurveyResponse> responses) {
        Map<String, List<SurveyResponse>> byUnit = new TreeMap<>();
        for (SurveyResponse r : responses) {
            byUnit.computeIfAbsent(r.unit(), k -> new ArrayList<>()).add(r);
        }
        Map<String, Satisfaction> out = new LinkedHashMap<>();
        byUnit.forEach((unit, list) -> out.put(unit, of(survey, unit, list)));
        return out;
    }

    static Satisfaction of(Survey survey, String unit, List<SurveyResponse> responses) {
        Map<String, Share> factors = new LinkedHashMap<>();
        int allSatisfied = 0;
        int allAnswers = 0;
        int q = 0;
        for (Survey.Factor f : survey.factors()) {
            int satisfied = 0;
            int answers = 0;
            for (Survey.Question question : f.questions()) {
                for (SurveyResponse r : responses) {
                    int a = r.answer(q);
                    if (a > 0) {
                        answers++;
                        satisfied += a >= question.scale().satisfiedFrom() ? 1 : 0;
                    }
                }
                q++;
            }
            factors.put(f.code(), Share.of(satisfied, answers));
            allSatisfied += satisfied;
            allAnswers += answers;
        }
        return new Satisfaction(unit, responses.size(), factors, Share.of(allSatisfied, allAnswers),
                responses.size() < survey.minResponses());
    }

    /** The share that feeds the items with {@code source: survey:CODE}, or null when no factor feeds CODE. */
    public Share feeding(Survey survey, String code) {
        if (code.equals(survey.overallFeeds())) {
            return overall;
        }
        for (Survey.Factor f : survey.factors()) {
            if (code.equals(f.feeds())) {
                return factors.get(f.code());
            }
        }
        return null;
    }
}
