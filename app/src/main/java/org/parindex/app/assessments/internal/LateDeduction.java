package org.parindex.app.assessments.internal;

import java.util.ArrayList;
import java.util.List;
import org.parindex.app.audit.Audit;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.framework.Numbers;
import org.parindex.core.framework.Rule;

/**
 * The framework's deduction for a late submission: every deduction leaf whose {@code source} is
 * {@code indicator:late-submission} gets one more occurrence (count), yes (yesno) or its maximum (manual), written
 * as the unit's self-stage row by the system and audited with the reason "nộp muộn".
 */
public final class LateDeduction {

    public static final String SOURCE = "indicator:late-submission";
    public static final String ACTOR = "system";
    public static final String REASON = "nộp muộn";

    private LateDeduction() { }

    /** The deduction leaves of the framework that apply to a unit group. */
    public static List<Node> leaves(Framework framework, String group) {
        return Items.leaves(framework, group).stream()
                .filter(n -> n.kind() == NodeKind.DEDUCTION && SOURCE.equals(n.source())).toList();
    }

    /** The value a leaf takes after one more late submission, given its current value (or null). */
    public static String next(Node leaf, String current) {
        Rule rule = leaf.rule();
        if (rule instanceof Rule.Count) {
            double before = 0;
            if (current != null && !ScoreRow.NOT_APPLICABLE.equals(current)) {
                try {
                    before = rule.read(current, leaf.max());
                } catch (IllegalArgumentException e) {
                    before = 0;
                }
            }
            return Numbers.plain(before + 1);
        }
        if (rule instanceof Rule.YesNo) {
            return "yes";
        }
        return Numbers.plain(leaf.max());
    }

    /** Applies the deduction to one unit's sheet; returns the codes of the leaves that changed. */
    public static List<String> apply(Framework framework, String group, String period, String unit,
                                     org.parindex.app.assessments.Scores scores, Audit audit) {
        List<ScoreRow> rows = scores.ofUnit(period, unit);
        List<String> changed = new ArrayList<>();
        for (Node leaf : leaves(framework, group)) {
            ScoreRow old = EffectiveRows.of(rows, leaf.code(), Stage.SELF);
            String before = old == null ? null : old.value();
            String after = next(leaf, before);
            if (after.equals(before)) {
                continue;
            }
            scores.put(period, unit, leaf.code(), Stage.SELF, after, old == null ? REASON : old.note(), ACTOR);
            audit.change(ACTOR, "score." + Stage.SELF.code(), period, unit, leaf.code(), before, after, REASON);
            changed.add(leaf.code());
        }
        return changed;
    }
}
