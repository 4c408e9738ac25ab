package org.parindex.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.parindex.core.problem.Problems;

/** Reads a text file of a bundle as strict UTF-8, reporting where the bytes are not. */
public final class TextFile {

    private TextFile() { }

    /** The file's text without a byte-order mark, or null after recording the problem. */
    public static String read(Path path, String name, Problems problems) {
        return read(path, name, problems, Limits.BUNDLE_BYTES);
    }

    /** As {@link #read(Path, String, Problems)}, refusing (without reading on) a file of more than {@code maxBytes}. */
    public static String read(Path path, String name, Problems problems, long maxBytes) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                problems.add(name, 0, "larger than the limit of " + Limits.size(maxBytes) + " for this file");
                return null;
            }
        } catch (NoSuchFileException e) {
            problems.add(name, 0, "file not found");
            return null;
        } catch (IOException e) {
            problems.add(name, 0, "cannot be read: " + e.getMessage());
            return null;
        }
        return decode(bytes, name, problems);
    }

    public static String decode(byte[] bytes, String name, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int at = firstBadByte(bytes);
            problems.add(name, lineAt(bytes, at), "not valid UTF-8 (byte " + (at + 1)
                    + "); save the file as UTF-8");
            return null;
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
