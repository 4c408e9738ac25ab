package org.parindex.core.feeds;

import java.time.LocalDate;

/**
 * The value an item gets from a feed, and where it came from.
 *
 * @param source the item's {@code source}: {@code indicator:CODE} or {@code survey:CODE}
 * @param date   the observation's date (an indicator), or null (a survey)
 * @param origin the system that sent an indicator's value, or the survey's sample ("survey, 200 responses")
 */
public record FedValue(String unit, String node, String value, String source, LocalDate date, String origin) {

    public boolean fromSurvey() {
        return source.startsWith(Survey.SOURCE);
    }
}
