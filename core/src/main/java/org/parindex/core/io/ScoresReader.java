package org.parindex.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.ScoreRows;
import org.parindex.core.bundle.Stage;
import org.parindex.core.problem.Problems;

/**
 * Reads a well-formed scores file straight from its bytes into {@link ScoreRows}, without a string per cell: the
 * unit, node, value and stage cells are looked up by their bytes among the distinct ones seen so far. It reads the
 * same rows as {@link ScoresCsv#parse} (RFC 4180, values trimmed, empty lines skipped, lines counted alike). At the
 * first thing that is not plainly well formed (bad UTF-8, a quoting error, a wrong header or count of values, an empty
 * value, an unknown stage, too many rows or bytes) it gives up and the file is read by {@link ScoresCsv#parse}, which
 * reports every problem as it always has.
 */
final class ScoresReader {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final long maxBytes;
    private final byte[] buffer = new byte[BUFFER];
    private int pos;
    private int end;
    private long read;
    private boolean first = true;
    private byte[] field = new byte[256];
    private int length;
    private boolean quoted;
    private int line = 1;

    private ScoresReader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Thrown inside to fall back to the reference parser. */
    private static final class NotPlain extends Exception {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    /**
     * The rows of a scores file, or those {@link ScoresCsv#parse} gives (and its problems) when the file is not
     * plainly well formed; none past {@link Limits#CSV_ROWS} rows (recorded). {@code bytes[0]} receives the file's size.
     */
    static List<ScoreRow> read(Path path, String name, Problems problems, long maxBytes, long[] bytes) {
        try (InputStream in = Files.newInputStream(path)) {
            ScoresReader r = new ScoresReader(in, maxBytes);
            ScoreRows rows = r.rows(Files.size(path));
            bytes[0] = r.read;
            if (rows == null) {
                CsvTable.tooManyRows(name, r.line, problems);
                return List.of();
            }
            return rows;
        } catch (NotPlain | IOException | RuntimeException e) {
            String text = TextFile.read(path, name, problems, maxBytes);
            bytes[0] = text == null ? 0 : text.length();
            return text == null ? List.of() : ScoresCsv.parse(text, name, problems);
        }
    }

    private ScoreRows rows(long size) throws IOException, NotPlain {
        String[] header = header();
        int unitAt = indexOf(header, "unit");
        int nodeAt = indexOf(header, "node");
        int valueAt = indexOf(header, "value");
        int noteAt = indexOf(header, "note");
        int stageAt = indexOf(header, "stage");
        int evidenceAt = indexOf(header, "evidence");
        Interned units = new Interned();
        Interned nodes = new Interned();
        Interned values = new Interned();
        Interned stages = new Interned();
        ScoreRows.Builder rows = new ScoreRows.Builder((int) Math.min(Limits.CSV_ROWS, size / 16));
        int[] ids = new int[header.length];
        String[] texts = new String[header.length];
        while (true) {
            int c = skipEmptyLines();
            if (c < 0) {
                break;
            }
            int start = line;
            if (rows.size() >= Limits.CSV_ROWS) {
                return null;   // refused at this row's line, as the reference reader does
            }
            for (int col = 0; ; col++) {
                if (col == header.length) {
                    throw new NotPlain();
                }
                c = field(c);
                trim();
                if (col == unitAt) {
                    ids[col] = units.id(bytes, from, length);
                } else if (col == nodeAt) {
                    ids[col] = nodes.id(bytes, from, length);
                } else if (col == valueAt) {
                    if (length == 0) {
                        throw new NotPlain();
                    }
                    ids[col] = values.id(bytes, from, length);
                } else if (col == stageAt) {
                    ids[col] = stages.id(bytes, from, length);
                } else {
                    texts[col] = length == 0 ? "" : decode(bytes, from, length);
                }
                if (c != ',') {
                    if (col != header.length - 1) {
                        throw new NotPlain();
                    }
                    break;
                }
                c = next();
            }
            Stage stage = stageAt < 0 || stages.text(ids[stageAt]).isEmpty() ? Stage.FINAL
                    : Stage.find(stages.text(ids[stageAt])).orElseThrow(NotPlain::new);
            rows.add(ids[unitAt], ids[nodeAt], ids[valueAt], stage, noteAt < 0 ? "" : texts[noteAt],
                    evidenceAt < 0 ? "" : texts[evidenceAt], start);
        }
        return rows.build(units.texts(), nodes.texts(), values.texts());
    }

    private String[] header() throws IOException, NotPlain {
        int c = skipEmptyLines();
        String[] names = new String[8];
        int n = 0;
        while (c >= 0) {
            c = field(c);
            if (n == names.length) {
                throw new NotPlain();
            }
            names[n++] = decode(bytes, from, length);
            if (c != ',') {
                break;
            }
            c = next();
        }
        String[] header = Arrays.copyOf(names, n);
        for (int i = 0; i < n; i++) {
            boolean known = ScoresCsv.REQUIRED.contains(header[i]) || ScoresCsv.OPTIONAL.contains(header[i]);
            if (!known || indexOf(header, header[i]) != i) {
                throw new NotPlain();
            }
        }
        for (String required : ScoresCsv.REQUIRED) {
            if (indexOf(header, required) < 0) {
                throw new NotPlain();
            }
        }
        return header;
    }

    private static int indexOf(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private byte[] bytes;   // the field just read: bytes[from, from + length), in the buffer or in field
    private int from;

    /**
     * Reads one field starting with byte c (the last one {@link #next} gave); returns the byte after it (',', a line
     * break or -1). An unquoted field inside the buffer is left there, not copied.
     */
    private int field(int c) throws IOException, NotPlain {
        if (c != '"' && c != ',' && c != '\n' && c != '\r' && c >= 0) {
            int p = pos;
            while (p < end) {
                byte b = buffer[p];
                if (b == ',' || b == '\n' || b == '\r' || b == '"') {
                    break;
                }
                p++;
            }
            if (p < end && buffer[p] != '"') {
                bytes = buffer;
                from = pos - 1;
                length = p - from;
                pos = p + 1;
                return endOfField(buffer[p]);
            }
        }
        bytes = field;
        length = 0;
        from = 0;
        if (c == '"') {
            while (true) {
                c = next();
                if (c < 0) {
                    throw new NotPlain();
                }
                if (c == '"') {
                    c = next();
                    if (c != '"') {
                        break;
                    }
                }
                if (c == '\n' || c == '\r' && peek() != '\n') {
                    line++;
                }
                append(c);
            }
            while (c == ' ' || c == '\t') {
                c = next();
            }
            if (c != ',' && c != '\n' && c != '\r' && c >= 0) {
                throw new NotPlain();
            }
        } else {
            while (c != ',' && c != '\n' && c != '\r' && c >= 0) {
                if (c == '"') {
                    throw new NotPlain();
                }
                append(c);
                c = next();
            }
        }
        bytes = field;   // append may have grown it
        return endOfField(c);
    }

    private int endOfField(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            c = next();
        }
        if (c == '\n' || c == '\r') {
            line++;
        }
        return c;
    }

    /** Skips empty lines; the first byte of the next record, or -1 at the end. */
    private int skipEmptyLines() throws IOException {
        int c = next();
        while (c == '\n' || c == '\r') {
            if (c == '\n' || peek() != '\n') {
                line++;
            }
            c = next();
        }
        return c;
    }

    /** Values are trimmed as {@link String#trim} does; in UTF-8 those characters are the bytes up to 0x20. */
    private void trim() {
        int to = from + length;
        while (from < to && (bytes[from] & 0xff) <= ' ') {
            from++;
        }
        while (to > from && (bytes[to - 1] & 0xff) <= ' ') {
            to--;
        }
        length = to - from;
    }

    private void append(int c) {
        if (length == field.length) {
            field = Arrays.copyOf(field, field.length * 2);
        }
        field[length++] = (byte) c;
    }

    private int next() throws IOException {
        if (pos == end && !fill()) {
            return -1;
        }
        return buffer[pos++] & 0xff;
    }

    private int peek() throws IOException {
        if (pos == end && !fill()) {
            return -1;
        }
        return buffer[pos] & 0xff;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, BUFFER);
        if (n <= 0) {
            return false;
        }
        read += n;
        if (read > maxBytes) {
            throw new IOException("over the limit");   // the reference reader reports it
        }
        pos = 0;
        end = n;
        if (first) {
            first = false;
            if (n >= 3 && (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB && (buffer[2] & 0xff) == 0xBF) {
                pos = 3;
            }
        }
        return true;
    }

    private static String decode(byte[] bytes, int from, int length) throws NotPlain {
        for (int i = from; i < from + length; i++) {
            if (bytes[i] < 0) {
                return decodeUtf8(bytes, from, length);
            }
        }
        return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
    }

    private static String decodeUtf8(byte[] bytes, int from, int length) throws NotPlain {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, from, length)).toString();
        } catch (CharacterCodingException e) {
            throw new NotPlain();
        }
    }

    /** The distinct byte strings of one column, numbered in order of first appearance (open addressing). */
    private static final class Interned {
        private int[] slots = new int[64];      // id + 1, 0 empty
        private int[] hashes = new int[64];
        private byte[] pool = new byte[1024];
        private int[] starts = new int[33];
        private String[] texts = new String[32];
        private int count;
        private int used;

        int id(byte[] b, int from, int length) throws NotPlain {
            int h = 1;
            for (int i = from; i < from + length; i++) {
                h = 31 * h + b[i];
            }
            int mask = slots.length - 1;
            for (int s = h & mask; ; s = (s + 1) & mask) {
                int id = slots[s] - 1;
                if (id < 0) {
                    return add(b, from, length, h, s);
                }
                if (hashes[s] == h && starts[id + 1] - starts[id] == length
                        && Arrays.equals(pool, starts[id], starts[id + 1], b, from, from + length)) {
                    return id;
                }
            }
        }

        private int add(byte[] b, int from, int length, int h, int slot) throws NotPlain {
            if (count == texts.length) {
                texts = Arrays.copyOf(texts, count * 2);
                starts = Arrays.copyOf(starts, count * 2 + 1);
            }
            while (used + length > pool.length) {
                pool = Arrays.copyOf(pool, pool.length * 2);
            }
            System.arraycopy(b, from, pool, used, length);
            used += length;
            texts[count] = decode(b, from, length);
            starts[count + 1] = used;
            slots[slot] = count + 1;
            hashes[slot] = h;
            count++;
            if (count * 2 > slots.length) {
                rehash();
            }
            return count - 1;
        }

        private void rehash() {
            int[] oldSlots = slots;
            int[] oldHashes = hashes;
            slots = new int[oldSlots.length * 2];
            hashes = new int[slots.length];
            int mask = slots.length - 1;
            for (int i = 0; i < oldSlots.length; i++) {
                if (oldSlots[i] != 0) {
                    int s = oldHashes[i] & mask;
                    while (slots[s] != 0) {
                        s = (s + 1) & mask;
                    }
                    slots[s] = oldSlots[i];
                    hashes[s] = oldHashes[i];
                }
            }
        }

        String text(int id) {
            return texts[id];
        }

        String[] texts() {
            return Arrays.copyOf(texts, count);
        }
    }
}
