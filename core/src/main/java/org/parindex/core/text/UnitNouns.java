package org.parindex.core.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The words for kinds of units: xã, phường, thị trấn; commune, ward, town. */
public final class UnitNouns {

    private static final List<String> ORDER = List.of("commune", "ward", "town", "special-zone");

    private UnitNouns() { }

    public static String noun(String group, Locale locale, boolean plural) {
        boolean vi = Figures.isVietnamese(locale);
        return switch (group) {
            case "commune" -> vi ? "xã" : plural ? "communes" : "commune";
            case "ward" -> vi ? "phường" : plural ? "wards" : "ward";
            case "town" -> vi ? "thị trấn" : plural ? "towns" : "town";
            case "special-zone" -> vi ? "đặc khu" : plural ? "special zones" : "special zone";
            default -> vi ? "đơn vị" : plural ? "units" : "unit";
        };
    }

    /** "xã, thị trấn" or "communes and towns", for the groups present, in a fixed order. */
    public static String list(Collection<String> groups, Locale locale) {
        Set<String> present = new LinkedHashSet<>();
        for (String g : ORDER) {
            if (groups.contains(g)) {
                present.add(g);
            }
        }
        for (String g : groups) {
            present.add(ORDER.contains(g) ? g : "other");
        }
        List<String> words = new ArrayList<>();
        for (String g : present) {
            String w = noun(g, locale, true);
            if (!words.contains(w)) {
                words.add(w);
            }
        }
        if (Figures.isVietnamese(locale) || words.size() == 1) {
            return String.join(", ", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 21st. */
    public static String ordinal(int n, Locale locale) {
        if (Figures.isVietnamese(locale)) {
            return Integer.toString(n);
        }
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (n % 10) { case 1 -> "st"; case 2 -> "nd"; case 3 -> "rd"; default -> "th"; };
        return n + suffix;
    }

    public static String lower(String text, Locale locale) {
        return text == null || text.isEmpty() ? "" : text.substring(0, 1).toLowerCase(locale) + text.substring(1);
    }
}
