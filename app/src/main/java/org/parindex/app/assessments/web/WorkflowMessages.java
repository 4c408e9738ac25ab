package org.parindex.app.assessments.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parindex.app.periods.PeriodStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns a refusal's key and arguments into the viewer's language: stages by name, dates as dd/MM/yyyy. */
@Component
class WorkflowMessages {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    WorkflowMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, List<?> args) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] shown = args.stream().map(a -> show(a, locale)).toArray();
        return messages.getMessage(key, shown, key, locale);
    }

    private String show(Object arg, Locale locale) {
        if (arg instanceof PeriodStatus s) {
            return messages.getMessage("period.status." + s.name(), null, s.name(), locale);
        }
        if (arg instanceof LocalDate d) {
            return d.format(DATE);
        }
        if (arg instanceof Collection<?> c) {
            return c.stream().map(a -> show(a, locale)).collect(Collectors.joining(", "));
        }
        return String.valueOf(arg);
    }
}
