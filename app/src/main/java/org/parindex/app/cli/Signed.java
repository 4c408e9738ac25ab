package org.parindex.app.cli;

import java.util.Locale;
import org.parindex.core.text.Figures;

/** A change with its sign: +1,85 and −2,00 (a true minus sign), 0,00 without one. */
final class Signed {

    private Signed() { }

    static String of(double value, int decimals, Locale locale) {
        String abs = Figures.number(Math.abs(value), decimals, locale);
        if (abs.equals(Figures.number(0, decimals, locale))) {
            return abs;
        }
        return (value < 0 ? "−" : "+") + abs;
    }
}
