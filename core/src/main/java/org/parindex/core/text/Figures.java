package org.parindex.core.text;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and dates as people write them: Vietnamese 73,90 and 03/8/2023; English 73.90 and 3 August 2023.
 * Always rounded half-up.
 */
public final class Figures {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private Figures() { }

    public static String number(double value, int decimals, Locale locale) {
        if (Double.isNaN(value)) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat(pattern(decimals), DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(new java.math.BigDecimal(Double.toString(value)));
    }

    /** Points without needless zeros: 15 and 15,4 and 3,75. */
    public static String points(double value, Locale locale) {
        if (Double.isNaN(value)) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(new java.math.BigDecimal(Double.toString(value)));
    }

    /** A change with its sign: +1,85 and −2,00 (a true minus sign), 0,00 without one. */
    public static String signed(double value, int decimals, Locale locale) {
        String abs = number(Math.abs(value), decimals, locale);
        if (abs.equals(number(0, decimals, locale))) {
            return abs;
        }
        return (value < 0 ? "−" : "+") + abs;
    }

    public static String percent(double value, int decimals, Locale locale) {
        return Double.isNaN(value) ? "—" : number(value, decimals, locale) + "%";
    }

    public static String date(LocalDate date, Locale locale) {
        String pattern = isVietnamese(locale) ? "dd/M/yyyy" : "d MMMM yyyy";
        return date.format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    public static boolean isVietnamese(Locale locale) {
        return "vi".equals(locale.getLanguage());
    }

    private static String pattern(int decimals) {
        return decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    }
}
