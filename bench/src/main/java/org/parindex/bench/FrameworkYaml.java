package org.parindex.bench;

import java.util.List;
import org.parindex.core.framework.Band;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.framework.NotApplicable;
import org.parindex.core.framework.Numbers;
import org.parindex.core.framework.Rule;

/** Writes a framework as the open framework file (YAML) for the synthetic bundle; core has a reader only. */
final class FrameworkYaml {

    private FrameworkYaml() { }

    static String write(Framework f) {
        StringBuilder out = new StringBuilder();
        out.append("format: ").append(Framework.FORMAT).append('\n');
        out.append("id: ").append(f.id()).append('\n');
        out.append("name: ").append(quote(f.name())).append('\n');
        out.append("aggregation: ").append(f.aggregation().code()).append('\n');
        out.append("capAt100: ").append(f.capAt100()).append('\n');
        out.append("decimals: ").append(f.decimals()).append('\n');
        out.append("bands:\n");
        for (Band b : f.bands()) {
            out.append("  - { code: ").append(b.code()).append(", name: ").append(quote(b.name()))
                    .append(", min: ").append(Numbers.plain(b.min())).append(" }\n");
        }
        out.append("nodes:\n");
        nodes(out, f.nodes(), "  ");
        return out.toString();
    }

    private static void nodes(StringBuilder out, List<Node> nodes, String indent) {
        for (Node n : nodes) {
            out.append(indent).append("- code: ").append(quote(n.code())).append('\n');
            String in = indent + "  ";
            out.append(in).append("name: ").append(quote(n.name())).append('\n');
            if (n.kind() != NodeKind.SCORED) {
                out.append(in).append("kind: ").append(n.kind().code()).append('\n');
            }
            if (!n.unitGroups().isEmpty()) {
                out.append(in).append("unitGroups: [").append(String.join(", ", n.unitGroups().stream().sorted().toList()))
                        .append("]\n");
            }
            if (n.isLeaf()) {
                out.append(in).append("max: ").append(Numbers.plain(n.max())).append('\n');
                out.append(in).append("rule: ").append(rule(n.rule())).append('\n');
                out.append(in).append("evidence: ").append(n.evidence()).append('\n');
                if (n.source() != null && !n.source().equals("self")) {
                    out.append(in).append("source: ").append(n.source()).append('\n');
                }
                if (n.notApplicable() != NotApplicable.FORBIDDEN) {
                    out.append(in).append("notApplicable: ").append(n.notApplicable().code()).append('\n');
                }
            } else {
                out.append(in).append("children:\n");
                nodes(out, n.children(), in + "  ");
            }
        }
    }

    private static String rule(Rule rule) {
        if (rule instanceof Rule.Manual m) {
            return m.step() == null ? "{ type: manual }" : "{ type: manual, step: " + Numbers.plain(m.step()) + " }";
        }
        if (rule instanceof Rule.Choice c) {
            StringBuilder s = new StringBuilder("{ type: choice, options: [");
            for (int i = 0; i < c.options().size(); i++) {
                Rule.Option o = c.options().get(i);
                s.append(i == 0 ? " " : ", ").append("{ code: ").append(o.code()).append(", label: ")
                        .append(quote(o.label())).append(", points: ").append(Numbers.plain(o.points())).append(" }");
            }
            return s.append(" ] }").toString();
        }
        if (rule instanceof Rule.Tiers t) {
            StringBuilder s = new StringBuilder("{ type: tiers, tiers: [");
            for (int i = 0; i < t.tiers().size(); i++) {
                Rule.Tier tier = t.tiers().get(i);
                s.append(i == 0 ? " " : ", ").append("{ ")
                        .append(tier.atLeast() != null ? "atLeast: " + Numbers.plain(tier.atLeast())
                                : "atMost: " + Numbers.plain(tier.atMost()))
                        .append(", points: ").append(Numbers.plain(tier.points())).append(" }");
            }
            return s.append(" ] }").toString();
        }
        if (rule instanceof Rule.Linear l) {
            return "{ type: linear, from: " + Numbers.plain(l.from()) + ", to: " + Numbers.plain(l.to()) + " }";
        }
        if (rule instanceof Rule.Count c) {
            return "{ type: count, perOccurrence: " + Numbers.plain(c.perOccurrence()) + " }";
        }
        return "{ type: " + rule.type() + " }";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
