package org.parindex.core.problem;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.parindex.core.framework.Numbers;
import org.parindex.core.text.Figures;

/**
 * A message of core kept in words in {@code messages*.properties} of this package (English, Vietnamese), said in the
 * reader's language. Arguments that are {@code Text} are said in the same language; numbers ({@code Double}) are
 * written the language's way (2,5 in Vietnamese); anything else as it is (the user's own input, codes).
 */
public record Text(String key, List<Object> args) {

    public Text {
        args = List.copyOf(args);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** The message in a locale's language: Vietnamese for vi, else English. */
    public String in(Locale locale) {
        ResourceBundle messages = ResourceBundle.getBundle("org.parindex.core.problem.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        boolean vietnamese = "vi".equals(locale.getLanguage());
        Object[] said = new Object[args.size()];
        for (int k = 0; k < said.length; k++) {
            Object a = args.get(k);
            said[k] = a instanceof Text t ? t.in(locale)
                    : a instanceof Double d ? (vietnamese ? Figures.points(d, locale) : Numbers.plain(d))
                    : String.valueOf(a);
        }
        return new MessageFormat(messages.getString(key), locale).format(said);
    }

    /** The message in English, as files' problems and the command line say it. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
