package org.parindex.core.framework;

import java.util.List;

/**
 * The framework's deduction for a late submission: every deduction leaf whose {@code source} is
 * {@code indicator:late-submission} gets one more occurrence (count), yes (yesno) or its maximum (other rules).
 */
public final class LateSubmission {

    public static final String SOURCE = "indicator:late-submission";

    private LateSubmission() { }

    /** The late-submission deduction leaves of the framework that apply to a unit group. */
    public static List<Node> leaves(Framework framework, String group) {
        return framework.leaves(group).stream()
                .filter(n -> n.kind() == NodeKind.DEDUCTION && SOURCE.equals(n.source())).toList();
    }

    /** The value a leaf takes after one more late submission, given its current value (null, NA or unreadable: none). */
    public static String next(Node leaf, String current) {
        Rule rule = leaf.rule();
        if (rule instanceof Rule.Count) {
            boolean readable = current != null && !Node.NOT_APPLICABLE.equals(current)
                    && rule.check(current, leaf.max()).isEmpty();
            double before = readable ? rule.read(current, leaf.max()) : 0;
            return Numbers.plain(before + 1);
        }
        if (rule instanceof Rule.YesNo) {
            return "yes";
        }
        return Numbers.plain(leaf.max());
    }
}
