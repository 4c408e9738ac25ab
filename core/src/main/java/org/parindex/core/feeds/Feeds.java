package org.parindex.core.feeds;

import java.util.List;
import java.util.Map;
import org.parindex.core.analysis.Indicators;
import org.parindex.core.analysis.Observation;

/**
 * What feeds a period's items besides its scores file: the measured indicators ({@code indicators/<period>.csv})
 * and the citizen survey ({@code surveys/<period>.yaml} with its responses, {@code surveys/<period>.csv}).
 */
public final class Feeds {

    public static final Feeds NONE = new Feeds(List.of(), null, null, List.of());

    private final List<Observation> observations;
    private final Survey survey;
    private final String surveyText;
    private final List<SurveyResponse> responses;
    private Indicators indicators;
    private Map<String, Satisfaction> satisfaction;

    /** @param surveyText the survey's file as written (kept to write it back), null without a survey */
    public Feeds(List<Observation> observations, Survey survey, String surveyText, List<SurveyResponse> responses) {
        this.observations = List.copyOf(observations);
        this.survey = survey;
        this.surveyText = survey == null ? null : surveyText;
        this.responses = survey == null ? List.of() : List.copyOf(responses);
    }

    public boolean isEmpty() {
        return observations.isEmpty() && survey == null;
    }

    public List<Observation> observations() {
        return observations;
    }

    /** The survey, or null when the period has none. */
    public Survey survey() {
        return survey;
    }

    public String surveyText() {
        return surveyText;
    }

    public List<SurveyResponse> responses() {
        return responses;
    }

    public synchronized Indicators indicators() {
        if (indicators == null) {
            indicators = Indicators.of(observations);
        }
        return indicators;
    }

    /** Every responding unit's satisfaction, by unit code (empty without a survey). */
    public synchronized Map<String, Satisfaction> satisfaction() {
        if (satisfaction == null) {
            satisfaction = survey == null ? Map.of() : Satisfaction.of(survey, responses);
        }
        return satisfaction;
    }
}
