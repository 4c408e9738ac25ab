package org.parindex.app.bundles;

import java.util.List;

/** What an import would change, shown before anything is written. */
public record ImportPreview(String title, String assessor, boolean demo, List<Change> changes, int scoreRows) {

    /** One change; {@code kind} names the message (bundles.change.KIND) and {@code subject} what it is about. */
    public record Change(Kind kind, String subject, String detail) { }

    public enum Kind { UNIT_NEW, UNIT_CHANGED, UNIT_SAME, FRAMEWORK_NEW, FRAMEWORK_SAME, PERIOD_NEW, PERIOD_REPLACED }

    public long count(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }
}
