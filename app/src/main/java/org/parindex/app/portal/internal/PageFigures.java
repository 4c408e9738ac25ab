package org.parindex.app.portal.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parindex.app.results.RuleView;
import org.parindex.core.text.Figures;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers and dates for the pages, as {@code ${@fig.pct(x, 2)}}: Vietnamese 73,90% and 03/8/2023, English 73.90%
 * and 3 August 2023, through core's Figures. A missing value is a dash.
 */
@Component("fig")
public class PageFigures {

    private static final Pattern DECIMAL_POINT = Pattern.compile("(\\d)\\.(\\d)");

    public String pct(Double value, int decimals) {
        return value == null ? "—" : Figures.percent(value, decimals, locale());
    }

    /** A number to a fixed number of decimals (86,45; 73,90). */
    public String num(Double value, int decimals) {
        return value == null ? "—" : Figures.number(value, decimals, locale());
    }

    /** A change with its sign (+1,85, −2,00) to the period's decimals. */
    public String signed(Number value, int decimals) {
        return value == null ? "—" : Figures.signed(value.doubleValue(), decimals, locale());
    }

    public String pts(Double value) {
        return value == null ? "—" : Figures.points(value, locale());
    }

    public String date(LocalDate date) {
        return date == null ? "" : Figures.date(date, locale());
    }

    /** A rule's formula with the decimal separator of the page's language. */
    public String rule(RuleView rule) {
        return rule == null ? "" : decimals(rule.formula());
    }

    /** A value as entered: numbers with the page's decimal separator, yes/no and choice codes as they are. */
    public String value(String raw) {
        return raw == null ? "—" : decimals(raw);
    }

    private String decimals(String text) {
        return Figures.isVietnamese(locale()) ? DECIMAL_POINT.matcher(text).replaceAll("$1,$2") : text;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
