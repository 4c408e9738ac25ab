package org.parindex.app.assessments.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.parindex.app.assessments.policy.RefusedException;
import org.parindex.app.evidence.RejectedFileException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

    /**
     * An action sent by a page without reloading it: its JSON answer, or a refusal as 403 (who) / 409 (when, what)
     * or a refused file as 400, each with the message in the viewer's language.
     */
    ResponseEntity<Map<String, Object>> json(Supplier<Map<String, Object>> action) {
        try {
            return ResponseEntity.ok(action.get());
        } catch (RejectedFileException e) {
            return ResponseEntity.badRequest().body(Map.of("error", text(e.reason(), e.args())));
        } catch (RefusedException e) {
            return ResponseEntity.status(WorkflowErrors.isForbidden(e) ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT)
                    .body(Map.of("error", text(e.decision().reason(), e.decision().args())));
        }
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
