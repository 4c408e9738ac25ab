package org.parindex.core.bundle;

/** One row of a scores file, as written; {@code line} is where it starts. */
public record ScoreRow(String unit, String node, String value, String note, Stage stage, String evidence, int line) {

    public static final String NOT_APPLICABLE = org.parindex.core.framework.Node.NOT_APPLICABLE;

    public boolean notApplicable() {
        return NOT_APPLICABLE.equals(value.trim());
    }
}
