package org.parindex.app.portal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A page compressed once, but for a short line near its end that changes with every answer (the visit counter): the
 * page up to that line is kept as deflate blocks that end on a byte boundary (a sync flush), so that an answer is one
 * gzip stream made of that head, the line and the rest of the page compressed on the spot (a few hundred bytes), and
 * the checksum of the whole carried on from the head's.
 */
final class GzipPage {

    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    private static final int[] CRC_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC_TABLE[n] = c;
        }
    }

    private final byte[] head;
    private final int headCrc;
    private final int headLength;
    private final byte[] tail;

    /** The page's bytes before the changing line, and after it. */
    GzipPage(byte[] before, byte[] after) {
        this.head = deflate(before, Deflater.BEST_COMPRESSION, Deflater.SYNC_FLUSH);
        CRC32 crc = new CRC32();
        crc.update(before);
        this.headCrc = (int) crc.getValue();
        this.headLength = before.length;
        this.tail = after;
    }

    /** What the kept page holds in memory. */
    int bytes() {
        return head.length + tail.length;
    }

    /** The whole page as one gzip stream, with {@code line} in its place. */
    byte[] gzip(byte[] line) {
        byte[] rest = new byte[line.length + tail.length];
        System.arraycopy(line, 0, rest, 0, line.length);
        System.arraycopy(tail, 0, rest, line.length, tail.length);
        byte[] end = deflate(rest, Deflater.BEST_SPEED, -1);
        int crc = crc(headCrc, rest);
        long size = (long) headLength + rest.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER.length + head.length + end.length + 16);
        out.writeBytes(HEADER);
        out.writeBytes(head);
        out.writeBytes(end);
        writeIntLe(out, crc);
        writeIntLe(out, (int) size);
        return out.toByteArray();
    }

    /** The page uncompressed (for the rare client that does not take gzip), with {@code line} in its place. */
    void writePlain(OutputStream out, byte[] line) throws IOException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(head);
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.needsInput()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && inflater.needsInput()) {
                    break;
                }
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("a kept page could not be read back", e);
        } finally {
            inflater.end();
        }
        out.write(line);
        out.write(tail);
    }

    int plainLength(byte[] line) {
        return headLength + line.length + tail.length;
    }

    /** Raw deflate blocks; {@code flush} -1 finishes the stream (its last block). */
    private static byte[] deflate(byte[] input, int level, int flush) {
        Deflater deflater = new Deflater(level, true);
        try {
            deflater.setInput(input);
            if (flush < 0) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, input.length / 4));
            byte[] buffer = new byte[64 * 1024];
            while (true) {
                int n = flush < 0 ? deflater.deflate(buffer) : deflater.deflate(buffer, 0, buffer.length, flush);
                out.write(buffer, 0, n);
                if (flush < 0 ? deflater.finished() : n < buffer.length) {
                    return out.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }

    /** CRC-32 (gzip's) carried on from {@code crc} over {@code bytes}: java.util.zip.CRC32 cannot start mid-way. */
    private static int crc(int crc, byte[] bytes) {
        int c = ~crc;
        for (byte b : bytes) {
            c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
        }
        return ~c;
    }

    private static void writeIntLe(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }
}
