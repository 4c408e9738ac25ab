package org.parindex.app.assessments;

import java.time.OffsetDateTime;

/** An appraiser's question on one item of a unit and the unit's answer (null until answered). */
public record Explanation(long id, String period, String unit, String node, String question, String askedBy,
                          OffsetDateTime askedAt, String answer, String answeredBy, OffsetDateTime answeredAt) {

    public boolean isAnswered() {
        return answer != null && !answer.isBlank();
    }
}
