package org.parindex.app.cli;

import java.util.Locale;
import org.parindex.core.text.Figures;

/** A change with its sign: +1,85 and −2,00 (a true minus sign), 0,00 without one. */
final class Signed {

    private Signed() { }

    static String of(double value, int decimals, Locale locale) {
        return Figures.signed(value, decimals, locale);
    }
}
