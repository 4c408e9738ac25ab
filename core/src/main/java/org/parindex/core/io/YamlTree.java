package org.parindex.core.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parindex.core.problem.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML document as a tree whose every value knows its line, so that each problem names where it is.
 * Readers ask for keys with the expected kind; a missing or mistyped key is recorded, not thrown.
 */
public final class YamlTree {

    private final Object value;   // String, Map<String, YamlTree> or List<YamlTree>
    private final int line;
    private final String file;
    private final Problems problems;

    private YamlTree(Object value, int line, String file, Problems problems) {
        this.value = value;
        this.line = line;
        this.file = file;
        this.problems = problems;
    }

    /** Parses a document; null (with the problem recorded) when it is not YAML or not a mapping. */
    public static YamlTree parse(String text, String file, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit(Limits.YAML_BYTES);
        if (text.length() > Limits.YAML_BYTES) {
            problems.add(file, 0, "larger than the limit of " + Limits.size(Limits.YAML_BYTES) + " for a YAML file");
            return null;
        }
        long lines = text.chars().filter(c -> c == '\n').count();
        if (lines > Limits.YAML_LINES) {
            problems.add(file, Limits.YAML_LINES + 1, "more than " + Limits.YAML_LINES + " lines, the limit of a YAML file");
            return null;
        }
        try {
            Node root = new Yaml(options).compose(new java.io.StringReader(text));
            if (!(root instanceof MappingNode)) {
                problems.add(file, 1, "expected a YAML mapping of keys to values");
                return null;
            }
            return of(root, file, problems, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            problems.add(file, line, "not valid YAML: " + e.getProblem());
            return null;
        } catch (YAMLException e) {
            problems.add(file, 0, "not valid YAML: " + e.getMessage());
            return null;
        }
    }

    /** The tree of a node; {@code open} holds the node's ancestors, so that an alias to one of them is refused. */
    private static YamlTree of(Node node, String file, Problems problems, java.util.Set<Node> open) {
        int line = node.getStartMark().getLine() + 1;
        if (!open.add(node)) {
            problems.add(file, line, "an alias refers to a value that contains it");
            return new YamlTree(null, line, file, problems);
        }
        YamlTree tree = tree(node, line, file, problems, open);
        open.remove(node);
        return tree;
    }

    private static YamlTree tree(Node node, int line, String file, Problems problems, java.util.Set<Node> open) {
        if (node instanceof MappingNode map) {
            Map<String, YamlTree> values = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
                if (values.containsKey(key)) {
                    problems.add(file, t.getKeyNode().getStartMark().getLine() + 1, "duplicate key `" + key + "`");
                }
                values.put(key, of(t.getValueNode(), file, problems, open));
            }
            return new YamlTree(values, line, file, problems);
        }
        if (node instanceof SequenceNode seq) {
            List<YamlTree> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                items.add(of(item, file, problems, open));
            }
            return new YamlTree(items, line, file, problems);
        }
        String scalar = ((ScalarNode) node).getValue();
        if (scalar.length() > Limits.YAML_SCALAR_CHARS) {
            problems.add(file, line, "a value of " + scalar.length() + " characters; the limit is "
                    + Limits.YAML_SCALAR_CHARS);
            return new YamlTree(scalar.substring(0, Limits.YAML_SCALAR_CHARS), line, file, problems);
        }
        boolean isNull = "null".equals(node.getTag().getValue().replace("tag:yaml.org,2002:", ""));
        return new YamlTree(isNull ? null : scalar, line, file, problems);
    }

    public int line() {
        return line;
    }

    public String file() {
        return file;
    }

    public boolean isMap() {
        return value instanceof Map;
    }

    public boolean has(String key) {
        return isMap() && asMap().containsKey(key) && asMap().get(key).value != null;
    }

    @SuppressWarnings("unchecked")
    private Map<String, YamlTree> asMap() {
        return (Map<String, YamlTree>) value;
    }

    public Iterable<String> keys() {
        return isMap() ? asMap().keySet() : List.of();
    }

    public YamlTree get(String key) {
        return isMap() ? asMap().get(key) : null;
    }

    public void problem(String message) {
        problems.add(file, line, message);
    }

    /** A required text value, or null after recording that it is missing. */
    public String text(String key) {
        String s = optionalText(key);
        if (s == null && !has(key)) {
            problem("missing key `" + key + "`");
        }
        return s;
    }

    public String optionalText(String key) {
        YamlTree v = get(key);
        if (v == null || v.value == null) {
            return null;
        }
        if (!(v.value instanceof String s)) {
            v.problem("`" + key + "` must be a single value");
            return null;
        }
        return s;
    }

    public String scalar() {
        return value instanceof String s ? s : null;
    }

    /** A number, or null when absent; a value that is not a number is recorded. */
    public Double optionalNumber(String key) {
        String s = optionalText(key);
        if (s == null) {
            return null;
        }
        if (s.trim().matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            double d = Double.parseDouble(s.trim());
            if (Double.isFinite(d)) {
                return d;
            }
        }
        get(key).problem("`" + key + "` must be a number, found \"" + s + "\"");
        return null;
    }

    public Boolean optionalBoolean(String key) {
        String s = optionalText(key);
        if (s == null) {
            return null;
        }
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> {
                get(key).problem("`" + key + "` must be true or false, found \"" + s + "\"");
                yield null;
            }
        };
    }

    /** The items of a list under {@code key}; empty (recorded when required) if missing or not a list. */
    public List<YamlTree> list(String key, boolean required) {
        YamlTree v = get(key);
        if (v == null || v.value == null) {
            if (required) {
                problem("missing list `" + key + "`");
            }
            return List.of();
        }
        if (v.value instanceof List<?> l) {
            @SuppressWarnings("unchecked")
            List<YamlTree> items = (List<YamlTree>) l;
            return items;
        }
        v.problem("`" + key + "` must be a list");
        return List.of();
    }
}
