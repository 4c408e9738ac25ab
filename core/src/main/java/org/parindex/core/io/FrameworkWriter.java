package org.parindex.core.io;

import java.util.ArrayList;
import java.util.List;
import org.parindex.core.framework.Band;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.framework.NotApplicable;
import org.parindex.core.framework.Rule;

/**
 * Writes a framework file ({@value Framework#FORMAT}) that {@link FrameworkReader} reads back to the same framework:
 * keys in reading order, defaults left out, bands and rules on one line each.
 */
public final class FrameworkWriter {

    private FrameworkWriter() { }

    public static String write(Framework framework) {
        YamlWriter.Map root = YamlWriter.block()
                .text("format", Framework.FORMAT)
                .text("id", framework.id())
                .text("name", framework.name())
                .text("issuedBy", framework.issuedBy())
                .put("demo", framework.demo() ? YamlWriter.plain("true") : null)
                .text("aggregation", framework.aggregation().code())
                .put("capAt100", YamlWriter.plain(String.valueOf(framework.capAt100())))
                .number("decimals", (double) framework.decimals());
        List<org.yaml.snakeyaml.nodes.Node> bands = new ArrayList<>();
        for (Band band : framework.bands()) {
            bands.add(YamlWriter.flow().text("code", band.code()).text("name", band.name()).number("min", band.min())
                    .node());
        }
        root.put("bands", YamlWriter.list(bands, false));
        root.put("nodes", nodes(framework.nodes(), NodeKind.SCORED));
        return YamlWriter.write(root.node());
    }

    private static org.yaml.snakeyaml.nodes.Node nodes(List<Node> nodes, NodeKind inherited) {
        List<org.yaml.snakeyaml.nodes.Node> items = new ArrayList<>();
        for (Node node : nodes) {
            items.add(node(node, inherited));
        }
        return YamlWriter.list(items, false);
    }

    private static org.yaml.snakeyaml.nodes.Node node(Node node, NodeKind inherited) {
        YamlWriter.Map map = YamlWriter.block()
                .text("code", node.code())
                .text("name", node.name())
                .text("kind", node.kind() == inherited ? null : node.kind().code())
                .number("max", node.stated())
                .number("weight", node.weight());
        if (!node.unitGroups().isEmpty()) {
            map.put("unitGroups", YamlWriter.list(node.unitGroups().stream().sorted().map(YamlWriter::text).toList(),
                    true));
        }
        map.text("source", "self".equals(node.source()) ? null : node.source())
                .text("evidence", "optional".equals(node.evidence()) ? null : node.evidence())
                .text("notApplicable", node.notApplicable() == NotApplicable.FORBIDDEN ? null
                        : node.notApplicable().code())
                .text("description", node.description());
        if (node.isLeaf()) {
            map.put("rule", rule(node.rule()));
        } else {
            map.put("children", nodes(node.children(), node.kind()));
        }
        return map.node();
    }

    /** The rule on one line; null for the default, a manual rule without step. */
    private static org.yaml.snakeyaml.nodes.Node rule(Rule rule) {
        if (rule == null || rule instanceof Rule.Manual m && m.step() == null) {
            return null;
        }
        YamlWriter.Map map = YamlWriter.flow().text("type", rule.type());
        if (rule instanceof Rule.Manual m) {
            map.number("step", m.step());
        } else if (rule instanceof Rule.Choice c) {
            map.put("options", YamlWriter.list(c.options().stream().map(o -> YamlWriter.flow().text("code", o.code())
                    .text("label", o.label()).number("points", o.points()).node()).toList(), true));
        } else if (rule instanceof Rule.Tiers t) {
            map.put("tiers", YamlWriter.list(t.tiers().stream().map(x -> YamlWriter.flow()
                    .number("atLeast", x.atLeast()).number("atMost", x.atMost()).number("points", x.points()).node())
                    .toList(), true));
        } else if (rule instanceof Rule.Linear l) {
            map.number("from", l.from()).number("to", l.to());
        } else if (rule instanceof Rule.Count c) {
            map.number("perOccurrence", c.perOccurrence());
        }
        return map.node();
    }
}
