package org.parindex.app.cli;

import java.util.Locale;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.text.Figures;

/** The --lang option: vi (default) or en. */
final class Locales {

    private Locales() { }

    static Locale of(String lang) {
        return switch (lang) {
            case "vi" -> Figures.VIETNAMESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new BadInputException("--lang", 0, "unknown language \"" + lang + "\", expected vi or en");
        };
    }
}
