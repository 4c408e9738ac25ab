package org.parindex.app.results;

import org.parindex.core.feeds.Satisfaction;
import org.parindex.core.feeds.Survey;

/** A unit's survey result in a period, with the survey it answers (its factors' names, its minimum of responses). */
public record SurveyView(Survey survey, Satisfaction satisfaction) { }
