package org.parindex.app.assessments;

/**
 * What a user typed for one item: the value as a scores file holds it (blank clears it) and the note
 * (for an appraiser, the comment).
 */
public record ItemInput(String node, String value, String note) {

    public String cleanValue() {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String cleanNote() {
        return note == null ? "" : note.strip();
    }
}
