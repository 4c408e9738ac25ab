package org.parindex.app.results.internal;

import java.util.stream.Collectors;
import org.parindex.app.results.RuleView;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.Numbers;
import org.parindex.core.framework.Rule;

/** A leaf's rule as a short formula that needs no translation (numbers and symbols only). */
public final class RuleText {

    private RuleText() { }

    public static RuleView of(Node node) {
        Rule rule = node.rule();
        if (rule == null) {
            return null;
        }
        String max = Numbers.plain(node.max());
        String formula = formula(rule, max);
        return new RuleView(rule.type(), formula, rule.lowerIsBetter());
    }

    private static String formula(Rule rule, String max) {
        if (rule instanceof Rule.Manual m) {
            return "0…" + max + (m.step() == null ? "" : " / " + Numbers.plain(m.step()));
        } else if (rule instanceof Rule.YesNo) {
            return "✓ → " + max + "; ✗ → 0";
        } else if (rule instanceof Rule.Choice c) {
            return c.options().stream().map(o -> o.code() + " → " + Numbers.plain(o.points()))
                    .collect(Collectors.joining("; "));
        } else if (rule instanceof Rule.Tiers t) {
            return t.tiers().stream().map(RuleText::tier).collect(Collectors.joining("; ")) + "; … → 0";
        } else if (rule instanceof Rule.Linear l) {
            return Numbers.plain(l.from()) + " → 0; " + Numbers.plain(l.to()) + " → " + max;
        }
        Rule.Count c = (Rule.Count) rule;
        return "−" + Numbers.plain(c.perOccurrence()) + " × n (≤ " + max + ")";
    }

    private static String tier(Rule.Tier t) {
        String bound = t.atLeast() != null ? "≥ " + Numbers.plain(t.atLeast()) : "≤ " + Numbers.plain(t.atMost());
        return bound + " → " + Numbers.plain(t.points());
    }
}
