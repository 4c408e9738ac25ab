package org.parindex.core.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.framework.Numbers;
import org.parindex.core.framework.Rule;

/** Reads the {@code rule} of a leaf; a leaf without one is scored manually. */
final class RuleReader {

    private RuleReader() { }

    static Rule read(YamlTree leaf, String code, NodeKind kind, double max) {
        YamlTree r = leaf.get("rule");
        if (r == null) {
            return new Rule.Manual(null);
        }
        if (!r.isMap()) {
            r.problem("`rule` of " + code + " must be a mapping with `type`");
            return new Rule.Manual(null);
        }
        String type = r.optionalText("type");
        type = type == null ? "manual" : type;
        Rule rule = switch (type) {
            case "manual" -> manual(r);
            case "yesno" -> new Rule.YesNo();
            case "choice" -> choice(r, code, max);
            case "tiers" -> tiers(r, code, max);
            case "linear" -> linear(r, code);
            case "count" -> count(r, code, kind);
            default -> {
                r.get("type").problem("unknown rule type \"" + type
                        + "\", expected manual, yesno, choice, tiers, linear or count");
                yield null;
            }
        };
        if (rule != null && kind == NodeKind.DEDUCTION && !(rule instanceof Rule.Count)
                && !(rule instanceof Rule.Manual) && !(rule instanceof Rule.YesNo)) {
            r.problem("deduction " + code + " must use a count, manual or yesno rule");
        }
        return rule;
    }

    private static Rule manual(YamlTree r) {
        Double step = r.optionalNumber("step");
        if (step != null && step <= 0) {
            r.get("step").problem("`step` must be greater than 0");
            step = null;
        }
        return new Rule.Manual(step);
    }

    private static Rule choice(YamlTree r, String code, double max) {
        List<Rule.Option> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlTree o : r.list("options", true)) {
            String oc = o.text("code");
            String label = o.text("label");
            Double points = o.optionalNumber("points");
            if (points == null) {
                o.problem("option of " + code + " needs `points`");
                continue;
            }
            if (points < 0 || points > max + Numbers.EPSILON) {
                o.problem("option " + oc + " of " + code + " gives " + Numbers.plain(points)
                        + " points, outside 0.." + Numbers.plain(max));
            }
            if (oc != null && !seen.add(oc)) {
                o.problem("duplicate option code \"" + oc + "\" in " + code);
            }
            if (oc != null) {
                options.add(new Rule.Option(oc, label == null ? oc : label, points));
            }
        }
        if (options.isEmpty()) {
            r.problem("choice rule of " + code + " needs at least one option");
        }
        return new Rule.Choice(options);
    }

    private static Rule tiers(YamlTree r, String code, double max) {
        List<Rule.Tier> tiers = new ArrayList<>();
        for (YamlTree t : r.list("tiers", true)) {
            Double atLeast = t.optionalNumber("atLeast");
            Double atMost = t.optionalNumber("atMost");
            Double points = t.optionalNumber("points");
            if ((atLeast == null) == (atMost == null)) {
                t.problem("a tier of " + code + " needs exactly one of `atLeast` or `atMost`");
                continue;
            }
            if (points == null) {
                t.problem("a tier of " + code + " needs `points`");
                continue;
            }
            if (points < 0 || points > max + Numbers.EPSILON) {
                t.problem("a tier of " + code + " gives " + Numbers.plain(points) + " points, outside 0.."
                        + Numbers.plain(max));
            }
            if (!tiers.isEmpty() && (tiers.get(0).atLeast() == null) != (atLeast == null)) {
                t.problem("tiers of " + code + " must all use atLeast or all use atMost");
            }
            tiers.add(new Rule.Tier(atLeast, atMost, points));
        }
        if (tiers.isEmpty()) {
            r.problem("tiers rule of " + code + " needs at least one tier");
        }
        return new Rule.Tiers(tiers);
    }

    private static Rule linear(YamlTree r, String code) {
        Double from = r.optionalNumber("from");
        Double to = r.optionalNumber("to");
        if (from == null || to == null) {
            r.problem("linear rule of " + code + " needs `from` and `to`");
            return null;
        }
        if (Numbers.same(from, to)) {
            r.problem("linear rule of " + code + " needs `from` different from `to`");
            return null;
        }
        return new Rule.Linear(from, to);
    }

    private static Rule count(YamlTree r, String code, NodeKind kind) {
        if (kind != NodeKind.DEDUCTION) {
            r.problem("count rule of " + code + " is for deductions only (kind: deduction)");
        }
        Double per = r.optionalNumber("perOccurrence");
        if (per == null || per <= 0) {
            r.problem("count rule of " + code + " needs `perOccurrence` greater than 0");
            return null;
        }
        return new Rule.Count(per);
    }
}
