package org.parindex.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parindex.core.bundle.Codes;
import org.parindex.core.framework.Aggregation;
import org.parindex.core.framework.Band;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.framework.NotApplicable;
import org.parindex.core.framework.Numbers;
import org.parindex.core.framework.Rule;
import org.parindex.core.problem.Problems;

/** Reads a framework file ({@value Framework#FORMAT}), recording every problem with its line. */
public final class FrameworkReader {

    private static final Set<String> EVIDENCE = Set.of("required", "optional", "none");

    private final String file;
    private final Problems problems;
    private final Set<String> codes = new HashSet<>();
    private Aggregation aggregation = Aggregation.POINTS;

    private FrameworkReader(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The framework, or null when it has problems (all recorded). */
    public static Framework read(Path path, String name, Problems problems) {
        String text = TextFile.read(path, name, problems);
        return text == null ? null : parse(text, name, problems);
    }

    public static Framework parse(String text, String name, Problems problems) {
        Problems own = new Problems();
        YamlTree root = YamlTree.parse(text, name, own);
        Framework framework = root == null ? null : new FrameworkReader(name, own).framework(root);
        problems.addAll(own);
        return own.isEmpty() ? framework : null;
    }

    private Framework framework(YamlTree root) {
        String format = root.text("format");
        if (format != null && !format.equals(Framework.FORMAT)) {
            root.get("format").problem("unknown format \"" + format + "\", expected " + Framework.FORMAT);
        }
        String id = root.text("id");
        if (id != null && !Codes.isValid(id)) {
            root.get("id").problem("framework id \"" + Codes.shown(id) + "\" must be " + Codes.RULE);
        }
        String name = root.text("name");
        aggregation = enumValue(root, "aggregation", Aggregation.class, Aggregation.POINTS);
        Boolean cap = root.optionalBoolean("capAt100");
        Double decimals = root.optionalNumber("decimals");
        if (decimals != null && (decimals < 0 || decimals > 6 || decimals != Math.rint(decimals))) {
            root.get("decimals").problem("`decimals` must be a whole number from 0 to 6");
            decimals = null;
        }
        List<Band> bands = bands(root);
        List<YamlTree> items = root.list("nodes", true);
        if (items.isEmpty() && root.has("nodes")) {
            root.get("nodes").problem("a framework needs at least one node");
        }
        List<Node> nodes = nodes(items, NodeKind.SCORED, true);
        Boolean demo = root.optionalBoolean("demo");
        return new Framework(id, name, aggregation, cap == null || cap, decimals == null ? 2 : decimals.intValue(),
                bands, nodes, root.optionalText("issuedBy"), demo != null && demo);
    }

    private List<Band> bands(YamlTree root) {
        List<Band> bands = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        double previous = Double.POSITIVE_INFINITY;
        for (YamlTree b : root.list("bands", true)) {
            String code = b.text("code");
            String name = b.text("name");
            Double min = b.optionalNumber("min");
            if (min == null && !b.has("min")) {
                b.problem("band needs `min`, in % of the index");
            }
            if (code != null && !seen.add(code)) {
                b.problem("duplicate band code \"" + code + "\"");
            }
            if (min != null) {
                if (min >= previous) {
                    b.problem("bands must be listed from the highest `min` down: " + Numbers.plain(min)
                            + " follows " + Numbers.plain(previous));
                }
                previous = Math.min(previous, min);
            }
            if (code != null && name != null && min != null) {
                bands.add(new Band(code, name, min));
            }
        }
        if (root.has("bands") && bands.isEmpty()) {
            root.get("bands").problem("a framework needs at least one band");
        } else if (!bands.isEmpty() && bands.get(bands.size() - 1).min() > 0) {
            root.get("bands").problem("the last band must start at 0 so that every index has a band");
        }
        return bands;
    }

    private List<Node> nodes(List<YamlTree> items, NodeKind inherited, boolean topLevel) {
        List<Node> nodes = new ArrayList<>();
        for (YamlTree item : items) {
            if (!item.isMap()) {
                item.problem("a node must be a mapping with `code` and `name`");
                continue;
            }
            Node node = node(item, inherited, topLevel);
            if (node != null) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    private Node node(YamlTree item, NodeKind inherited, boolean topLevel) {
        String code = item.text("code");
        String name = item.text("name");
        if (code != null && !Codes.isValid(code)) {
            item.get("code").problem("node code \"" + Codes.shown(code) + "\" must be " + Codes.RULE);
        } else if (code != null && !codes.add(code)) {
            item.problem("duplicate node code \"" + code + "\"");
        }
        NodeKind kind = enumValue(item, "kind", NodeKind.class, inherited);
        if (inherited != NodeKind.SCORED && kind != inherited) {
            item.problem("node " + code + " is " + kind.code() + " inside a " + inherited.code() + " node");
        }
        List<Node> children = nodes(item.list("children", false), kind, false);
        Double stated = item.optionalNumber("max");
        boolean leaf = !item.has("children");
        if (!leaf && children.isEmpty() && item.list("children", false).isEmpty()) {
            item.problem("node " + code + " has an empty `children` list; give children or a `max`");
        }
        Rule rule = null;
        if (leaf) {
            if (stated == null && !item.has("max") || stated != null && stated <= 0) {
                item.problem("leaf " + code + " needs `max` greater than 0");
            }
            rule = RuleReader.read(item, code, kind, stated == null ? 0.0 : stated);
        } else {
            if (item.has("rule")) {
                item.get("rule").problem("only leaves have a rule; " + code + " has children");
            }
            checkStatedMax(item, code, kind, stated, children);
        }
        String evidence = item.optionalText("evidence");
        if (evidence != null && !EVIDENCE.contains(evidence)) {
            item.get("evidence").problem("`evidence` must be required, optional or none, found \"" + evidence + "\"");
        }
        String source = item.optionalText("source");
        if (source != null && !source.equals("self") && !(source.matches("(indicator|survey):.*")
                && Codes.isValid(source.substring(source.indexOf(':') + 1)))) {
            item.get("source").problem("`source` must be self, indicator:<code> or survey:<code>, found \""
                    + Codes.shown(source) + "\"; a code is " + Codes.RULE);
        }
        NotApplicable na = enumValue(item, "notApplicable", NotApplicable.class, NotApplicable.FORBIDDEN);
        Set<String> groups = new LinkedHashSet<>();
        for (YamlTree g : item.list("unitGroups", false)) {
            if (g.scalar() == null) {
                g.problem("`unitGroups` must list group codes");
            } else {
                groups.add(g.scalar());
            }
        }
        Double weight = weight(item, code, kind, topLevel);
        return new Node(code, name, kind, stated, rule, evidence == null ? "optional" : evidence,
                source == null ? "self" : source, na, groups, weight, item.optionalText("description"),
                children, item.line());
    }

    private void checkStatedMax(YamlTree item, String code, NodeKind kind, Double stated, List<Node> children) {
        if (stated == null || kind != NodeKind.SCORED) {
            return;
        }
        double sum = 0;
        for (Node child : children) {
            if (child.kind() == NodeKind.SCORED) {
                sum += child.max();
            }
        }
        if (!Numbers.same(sum, stated)) {
            item.get("max").problem("node " + code + " states max " + Numbers.plain(stated)
                    + " but its children's maxima add up to " + Numbers.plain(sum));
        }
    }

    private Double weight(YamlTree item, String code, NodeKind kind, boolean topLevel) {
        Double weight = item.optionalNumber("weight");
        if (weight != null && !topLevel) {
            item.get("weight").problem("`weight` is read on top-level nodes only");
        }
        if (weight != null && weight <= 0) {
            item.get("weight").problem("`weight` must be greater than 0");
        }
        if (topLevel && aggregation == Aggregation.WEIGHTED && kind == NodeKind.SCORED && weight == null) {
            item.problem("top-level node " + code + " needs a `weight` when aggregation is weighted");
        }
        return weight;
    }

    static <E extends Enum<E>> E enumValue(YamlTree tree, String key, Class<E> type, E fallback) {
        String raw = tree.optionalText(key);
        if (raw == null) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(raw.trim())) {
                return e;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(e.name().toLowerCase(Locale.ROOT));
        }
        tree.get(key).problem("`" + key + "` must be one of " + String.join(", ", allowed) + ", found \"" + raw + "\"");
        return fallback;
    }
}
