package org.parindex.app.assessments.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parindex.app.assessments.internal.PeriodContext;
import org.parindex.app.audit.ItemChange;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.PeriodStatus;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.Rule;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit trail as people read it (history and audit pages): actions, stages, option codes and reasons in the
 * viewer's language instead of the codes stored ({@code score.self}, {@code APPRAISAL_2}, {@code du-dung-han},
 * {@code accepted}). The stored entries stay as they are; only their display is translated.
 */
@Component("auditText")
class AuditText {

    /** FinalPoints' reason for a final score carried over from an earlier stage at the lock. */
    private static final String CARRIED = "carried over at lock";
    private static final Pattern PUBLISHED = Pattern.compile("PUBLISHED v(\\d+)");

    private final MessageSource messages;
    private final PeriodContext context;

    AuditText(MessageSource messages, PeriodContext context) {
        this.messages = messages;
        this.context = context;
    }

    public String action(String action) {
        return text("audit.action." + action, action);
    }

    public String reason(String reason) {
        if (reason == null) {
            return "";
        }
        if (reason.equals(CARRIED)) {
            return text("audit.reason.carried", reason);
        }
        return reason.equals("accepted") ? text("audit.reason.accepted", reason) : reason;
    }

    /** A stored old or new value: a stage by its name, a score as the sheet shows it (option label, yes/no, NA). */
    public String value(Period period, ItemChange c, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (c.action().startsWith("period.")) {
            Matcher published = PUBLISHED.matcher(value);
            if (published.matches()) {
                return text("audit.published", value, published.group(1));
            }
            for (PeriodStatus s : PeriodStatus.values()) {
                if (value.equals(s.name())) {
                    return text("period.status." + s.name(), value);
                }
            }
            return value;
        }
        if (c.action().startsWith("score.") && c.node() != null) {
            return context.framework(period).node(c.node()).map(n -> score(n, value)).orElse(value);
        }
        return value;
    }

    private String score(Node node, String value) {
        if (ScoreRow.NOT_APPLICABLE.equals(value)) {
            return text("sheet.na", value);
        }
        Rule rule = node.rule();
        if (rule instanceof Rule.YesNo && rule.check(value, node.max()).isEmpty()) {
            return text(rule.read(value, node.max()) > 0 ? "sheet.yes" : "sheet.no", value);
        }
        if (rule instanceof Rule.Choice choice) {
            return choice.options().stream().filter(o -> o.code().equals(value)).map(Rule.Option::label)
                    .findFirst().orElse(value);
        }
        return value;
    }

    private String text(String key, String fallback, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, fallback, locale);
    }
}
