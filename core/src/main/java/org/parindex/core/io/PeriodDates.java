package org.parindex.core.io;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The first and last day of a period named by its code: 2023, 2023-H1, 2023-H2, 2023-Q3. */
public final class PeriodDates {

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]))?");

    private PeriodDates() { }

    public static LocalDate start(String code) {
        int[] months = months(code);
        return months == null ? null : LocalDate.of(months[0], months[1], 1);
    }

    public static LocalDate end(String code) {
        int[] months = months(code);
        return months == null ? null : LocalDate.of(months[0], months[2], 1).plusMonths(1).minusDays(1);
    }

    /** year, first month, last month; null when the code does not name its dates. */
    private static int[] months(String code) {
        Matcher m = code == null ? null : CODE.matcher(code);
        if (m == null || !m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2);
        if (part == null) {
            return new int[] {year, 1, 12};
        }
        int n = part.charAt(1) - '0';
        return part.charAt(0) == 'H' ? new int[] {year, 6 * n - 5, 6 * n} : new int[] {year, 3 * n - 2, 3 * n};
    }
}
