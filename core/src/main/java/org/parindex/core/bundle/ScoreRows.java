package org.parindex.core.bundle;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * A scores file's rows held compactly: each row is a unit, node and value number into tables of the distinct
 * codes and values, a stage and a line (about 17 bytes a row instead of a {@link ScoreRow} and its strings), so
 * that a national period of three million rows fits in little memory. Immutable; {@link #get} makes the row.
 * {@code ScoreSheet.bind} reads the numbers directly.
 */
public final class ScoreRows extends AbstractList<ScoreRow> implements RandomAccess {

    private static final Stage[] STAGES = Stage.values();

    private final int size;
    private final int[] unit;
    private final int[] node;
    private final int[] value;
    private final int[] line;
    private final byte[] stage;
    private final String[] units;
    private final String[] nodes;
    private final String[] values;
    private final String[] notes;     // null when no row has one
    private final String[] evidence;  // null when no row has one

    private ScoreRows(Builder b, String[] units, String[] nodes, String[] values) {
        // the builder's arrays as they are (not copied to size: a copy would double the memory for a moment)
        this.size = b.size;
        this.unit = b.unit;
        this.node = b.node;
        this.value = b.value;
        this.line = b.line;
        this.stage = b.stage;
        this.units = units;
        this.nodes = nodes;
        this.values = values;
        this.notes = b.notes;
        this.evidence = b.evidence;
    }

    @Override
    public ScoreRow get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return new ScoreRow(units[unit[i]], nodes[node[i]], values[value[i]], text(notes, i), stage(i), text(evidence, i),
                line[i]);
    }

    private static String text(String[] texts, int i) {
        return texts == null || texts[i] == null ? "" : texts[i];
    }

    @Override
    public int size() {
        return size;
    }

    /** The row's unit, as a number into {@link #unitCode}. */
    public int unit(int i) {
        return unit[i];
    }

    public int node(int i) {
        return node[i];
    }

    public int value(int i) {
        return value[i];
    }

    public int line(int i) {
        return line[i];
    }

    public Stage stage(int i) {
        return STAGES[stage[i]];
    }

    /** How many distinct unit codes, node codes, values the rows use. */
    public int unitCount() {
        return units.length;
    }

    public int nodeCount() {
        return nodes.length;
    }

    public int valueCount() {
        return values.length;
    }

    public String unitCode(int u) {
        return units[u];
    }

    public String nodeCode(int n) {
        return nodes[n];
    }

    public String valueText(int v) {
        return values[v];
    }

    /** Collects rows; the numbers of units, nodes and values are given by the caller's tables. */
    public static final class Builder {
        private int size;
        private int[] unit = new int[1024];
        private int[] node = new int[1024];
        private int[] value = new int[1024];
        private int[] line = new int[1024];
        private byte[] stage = new byte[1024];
        private String[] notes;
        private String[] evidence;

        /** Reserves room for about this many rows (a guess, from the file's size). */
        public Builder(int expected) {
            grow(Math.max(1024, expected));
        }

        public void add(int unitNo, int nodeNo, int valueNo, Stage stageOf, String note, String evidenceOf, int lineNo) {
            if (size == unit.length) {
                grow(size + (size >> 2) + 1024);
            }
            unit[size] = unitNo;
            node[size] = nodeNo;
            value[size] = valueNo;
            line[size] = lineNo;
            stage[size] = (byte) stageOf.ordinal();
            if (!note.isEmpty()) {
                notes = notes == null ? new String[unit.length] : notes;
                notes[size] = note;
            }
            if (!evidenceOf.isEmpty()) {
                evidence = evidence == null ? new String[unit.length] : evidence;
                evidence[size] = evidenceOf;
            }
            size++;
        }

        private void grow(int capacity) {
            unit = Arrays.copyOf(unit, capacity);
            node = Arrays.copyOf(node, capacity);
            value = Arrays.copyOf(value, capacity);
            line = Arrays.copyOf(line, capacity);
            stage = Arrays.copyOf(stage, capacity);
            notes = notes == null ? null : Arrays.copyOf(notes, capacity);
            evidence = evidence == null ? null : Arrays.copyOf(evidence, capacity);
        }

        public int size() {
            return size;
        }

        /** The rows; the builder must not be used afterwards. */
        public ScoreRows build(String[] units, String[] nodes, String[] values) {
            return new ScoreRows(this, units, nodes, values);
        }
    }
}
