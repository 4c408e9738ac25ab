package org.parindex.core.io;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.serializer.Serializer;

/**
 * Builds a YAML document key by key, in the order given, each mapping or list in block or flow style as asked;
 * SnakeYAML quotes what needs quoting (a code "1" stays a string).
 */
final class YamlWriter {

    private static final Resolver RESOLVER = new Resolver();

    private YamlWriter() { }

    /** A mapping whose keys keep the order they are put in. */
    static final class Map {
        final List<NodeTuple> tuples = new ArrayList<>();
        private final DumperOptions.FlowStyle style;

        private Map(DumperOptions.FlowStyle style) {
            this.style = style;
        }

        Map put(String key, Node value) {
            if (value != null) {
                tuples.add(new NodeTuple(YamlWriter.text(key), value));
            }
            return this;
        }

        Map text(String key, String value) {
            return put(key, value == null ? null : YamlWriter.text(value));
        }

        Map number(String key, Double value) {
            return put(key, value == null ? null : YamlWriter.number(value));
        }

        Node node() {
            return new MappingNode(Tag.MAP, tuples, style);
        }
    }

    static Map block() {
        return new Map(DumperOptions.FlowStyle.BLOCK);
    }

    static Map flow() {
        return new Map(DumperOptions.FlowStyle.FLOW);
    }

    static Node list(List<Node> items, boolean flow) {
        return new SequenceNode(Tag.SEQ, items, flow ? DumperOptions.FlowStyle.FLOW : DumperOptions.FlowStyle.BLOCK);
    }

    /**
     * A string: plain when it is plainly safe in block and flow context (letters, digits, spaces and . ( ) / _ - @ +,
     * a colon not followed by a space), single-quoted when it is safe but would read back as another type ("1",
     * "yes"), else double-quoted, so that "a: a", "x, y" or "#1" survive a round trip.
     */
    static Node text(String value) {
        DumperOptions.ScalarStyle style = !SAFE_PLAIN.matcher(value).matches() || value.contains(": ")
                ? DumperOptions.ScalarStyle.DOUBLE_QUOTED
                : RESOLVER.resolve(NodeId.scalar, value, true).equals(Tag.STR) ? DumperOptions.ScalarStyle.PLAIN
                : DumperOptions.ScalarStyle.SINGLE_QUOTED;
        return new ScalarNode(Tag.STR, value, null, null, style);
    }

    private static final java.util.regex.Pattern SAFE_PLAIN =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N} .()/_@+:-]*[\\p{L}\\p{N}.)])?");

    static Node number(double value) {
        return plain(org.parindex.core.framework.Numbers.plain(value));
    }

    /** A scalar written as is and read back as the type it looks like: a number, a date, true or false. */
    static Node plain(String value) {
        return new ScalarNode(RESOLVER.resolve(NodeId.scalar, value, true), value, null, null,
                DumperOptions.ScalarStyle.PLAIN);
    }

    static String write(Node root) {
        DumperOptions options = new DumperOptions();
        options.setAllowUnicode(true);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        StringWriter out = new StringWriter();
        try {
            Serializer serializer = new Serializer(new Emitter(out, options), RESOLVER, options, null);
            serializer.open();
            serializer.serialize(root);
            serializer.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}
