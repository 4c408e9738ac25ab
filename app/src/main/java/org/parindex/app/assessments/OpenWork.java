package org.parindex.app.assessments;

import java.util.List;

/**
 * What is still open in a period, shown before a stage change, the lock or publication and confirmed by the admin:
 * units that have not submitted their self-assessment, items the council has not appraised in the current round,
 * explanations not answered, and (once locked) units without a result, which publication leaves out of the ranking.
 */
public record OpenWork(List<String> notSubmitted, int itemsNotAppraised, int unitsNotAppraised, int unanswered,
                       List<String> withoutResult) {

    public static final OpenWork NONE = new OpenWork(List.of(), 0, 0, 0, List.of());

    public OpenWork {
        notSubmitted = List.copyOf(notSubmitted);
        withoutResult = List.copyOf(withoutResult);
    }

    public boolean none() {
        return notSubmitted.isEmpty() && itemsNotAppraised == 0 && unanswered == 0 && withoutResult.isEmpty();
    }
}
