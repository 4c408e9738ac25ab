package org.parindex.documents.pdf;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.parindex.core.text.Figures;

/** Number formats for the charts' labels, written the Vietnamese way (73,90). */
final class Formats {

    private Formats() { }

    static DecimalFormat vietnamese(int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Figures.VIETNAMESE));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
