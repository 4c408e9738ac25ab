package org.parindex.core.analysis;

import java.text.MessageFormat;
import java.util.Comparator;
import java.util.Locale;
import java.util.ResourceBundle;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.framework.Numbers;
import org.parindex.core.framework.Rule;
import org.parindex.core.text.Figures;

/**
 * What earns a leaf its full points (for a deduction: costs it nothing), as a value written as in a scores file
 * and in the rule's own words: "tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến từ 50% trở lên", "có", "mức “Đầy đủ,
 * đúng hạn”".
 */
public final class FullPoints {

    private FullPoints() { }

    /** The value, as a scores file writes it, that earns the leaf's maximum (a deduction: none). */
    public static String value(Node leaf) {
        Rule rule = leaf.rule();
        if (leaf.kind() == NodeKind.DEDUCTION) {
            return "0";
        }
        if (rule instanceof Rule.YesNo) {
            return "yes";
        }
        if (rule instanceof Rule.Choice c) {
            return c.options().stream().max(Comparator.comparingDouble(Rule.Option::points)).orElseThrow().code();
        }
        if (rule instanceof Rule.Tiers || rule instanceof Rule.Linear) {
            return Numbers.plain(rule.fullPointsAt(leaf.max()));
        }
        return Numbers.plain(leaf.max());
    }

    /** The same in words, in the locale's language (vi or en). */
    public static String text(Node leaf, Locale locale) {
        ResourceBundle messages = messages(locale);
        Rule rule = leaf.rule();
        if (leaf.kind() == NodeKind.DEDUCTION) {
            return messages.getString("fullNone");
        }
        if (rule instanceof Rule.YesNo) {
            return messages.getString("fullYes");
        }
        if (rule instanceof Rule.Choice c) {
            Rule.Option best = c.options().stream().max(Comparator.comparingDouble(Rule.Option::points)).orElseThrow();
            return format(messages, "fullOption", locale, best.label());
        }
        if (rule instanceof Rule.Tiers || rule instanceof Rule.Linear) {
            String subject = isRate(leaf) ? lowerFirst(leaf.name()) : messages.getString("fullValue");
            String threshold = Figures.points(rule.fullPointsAt(leaf.max()), locale) + (isRate(leaf) ? "%" : "");
            return format(messages, rule.lowerIsBetter() ? "fullAtMost" : "fullAtLeast", locale, subject, threshold);
        }
        return format(messages, "fullManual", locale, Figures.points(leaf.max(), locale));
    }

    /** A measured rate in percent: a leaf fed by an indicator or a survey, or one named as a rate. */
    public static boolean isRate(Node node) {
        return node.isExternal() || node.name().startsWith("Tỷ lệ") || node.name().startsWith("Mức độ hài lòng");
    }

    static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle("org.parindex.core.analysis.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String format(ResourceBundle messages, String key, Locale locale, Object... args) {
        return new MessageFormat(messages.getString(key), locale).format(args);
    }

    private static String lowerFirst(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
