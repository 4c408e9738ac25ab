package org.parindex.app.results.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The node results of one unit in a period packed into bytes, so that a unit's results are one row of
 * {@code results} instead of one row per node (the only class that writes or reads the format).
 *
 * <p>Format 1, big-endian ({@link DataOutputStream}): the byte {@code 1}; the number of nodes (int); then per node its
 * code (modified UTF-8, {@link DataOutputStream#writeUTF}), one byte of flags (bits 0–2: the entry, 0 VALUE,
 * 1 NOT_APPLICABLE, 2 MISSING, 3 IN_TOTAL, 4 PARENT; bit 7: a field, that is a top-level node), then points, maximum
 * and percent as IEEE 754 doubles, where NaN stands for "none" (points only a parent's total knew, percent of a node
 * without a maximum). Nodes that do not apply to the unit's group are not stored.
 */
final class PackedNodeResults {

    private static final byte FORMAT = 1;
    private static final List<String> ENTRIES = List.of("VALUE", "NOT_APPLICABLE", "MISSING", "IN_TOTAL", "PARENT");
    private static final int TOP_LEVEL = 0x80;

    private PackedNodeResults() { }

    /** The nodes' results as bytes (the unit of each row is not stored: it is the row's). */
    static byte[] pack(List<StoredResults.NodeRow> nodes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + nodes.size() * 34);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeInt(nodes.size());
            for (StoredResults.NodeRow n : nodes) {
                int entry = ENTRIES.indexOf(n.entry());
                if (entry < 0) {
                    throw new IllegalArgumentException("node " + n.node() + ": no stored entry " + n.entry());
                }
                out.writeUTF(n.node());
                out.writeByte(entry | (n.topLevel() ? TOP_LEVEL : 0));
                out.writeDouble(n.points() == null ? Double.NaN : n.points());
                out.writeDouble(n.maximum());
                out.writeDouble(n.percent() == null ? Double.NaN : n.percent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The unit's node results as {@link #pack} wrote them, in the same order. */
    static List<StoredResults.NodeRow> unpack(String unit, byte[] packed) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(packed))) {
            byte format = in.readByte();
            if (format != FORMAT) {
                throw new IllegalStateException("node results of " + unit + ": unknown format " + format);
            }
            int count = in.readInt();
            List<StoredResults.NodeRow> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String node = in.readUTF();
                int flags = in.readUnsignedByte();
                double points = in.readDouble();
                double maximum = in.readDouble();
                double percent = in.readDouble();
                out.add(new StoredResults.NodeRow(unit, node, (flags & TOP_LEVEL) != 0, noneIfNaN(points), maximum,
                        noneIfNaN(percent), ENTRIES.get(flags & 0x07)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("node results of " + unit + " are damaged", e);
        }
    }

    private static Double noneIfNaN(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
