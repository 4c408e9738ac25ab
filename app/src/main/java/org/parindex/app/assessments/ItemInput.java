package org.parindex.app.assessments;

import org.parindex.app.assessments.policy.Decision;
import org.parindex.app.assessments.policy.RefusedException;

/**
 * What a user typed for one item: the value as a scores file holds it (blank clears it) and the note
 * (for an appraiser, the comment).
 */
public record ItemInput(String node, String value, String note) {

    /** The longest value and note (or comment, question, answer) stored: the columns' sizes. */
    public static final int MAX_VALUE = 200;
    public static final int MAX_NOTE = 4000;

    /** Refuses a text longer than {@code max} before it reaches the database. */
    public static void requireAtMost(String what, String text, int max) {
        if (text != null && text.strip().length() > max) {
            throw new RefusedException(Decision.refuse("tooLong", what, text.strip().length(), max));
        }
    }

    public String cleanValue() {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String cleanNote() {
        return note == null ? "" : note.strip();
    }
}
