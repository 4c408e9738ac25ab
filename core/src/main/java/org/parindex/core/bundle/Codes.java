package org.parindex.core.bundle;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one grammar of every code (period, unit, node, indicator, band, group): 1 to 50 characters, letters A–Z or
 * a–z, digits, '.', '-' or '_', starting and ending with a letter or digit (or '_' at the end), never "..". Such a code
 * is safe in a URL path segment and as a file name, so a code never becomes a path it was not meant to be.
 */
public final class Codes {

    public static final int MAX_LENGTH = 50;
    public static final String RULE = "1 to 50 letters (A–Z, a–z), digits, '.', '-' or '_', starting with a letter"
            + " or digit, without \"..\"";
    private static final Pattern GRAMMAR = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9_])?");

    private Codes() { }

    public static boolean isValid(String code) {
        return code != null && code.length() <= MAX_LENGTH && GRAMMAR.matcher(code).matches() && !code.contains("..");
    }

    /** The code itself; {@link IllegalArgumentException} naming the rule when it breaks the grammar. */
    public static String require(String what, String code) {
        if (!isValid(code)) {
            throw new IllegalArgumentException(what + " code \"" + shown(code) + "\" must be " + RULE);
        }
        return code;
    }

    /**
     * The nearest code that follows the grammar, to suggest when a typed one does not: Vietnamese letters lose their
     * marks ("Năm 2025/I" → "nam-2025-i", "Đợt 1" → "dot-1"), other characters become '-'; empty when nothing is left.
     */
    public static String suggest(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String code = plain.replaceAll("[^a-z0-9._]+", "-").replaceAll("\\.{2,}", ".")
                .replaceAll("^[._-]+", "").replaceAll("[.-]+$", "");
        if (code.length() > MAX_LENGTH) {
            code = code.substring(0, MAX_LENGTH).replaceAll("[.-]+$", "");
        }
        return isValid(code) ? code : "";
    }

    /** What a message shows of an untrusted code: at most 50 characters, control characters as '?'. */
    public static String shown(String code) {
        if (code == null) {
            return "";
        }
        String cut = code.length() > MAX_LENGTH ? code.substring(0, MAX_LENGTH) + "…" : code;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
