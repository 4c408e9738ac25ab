package org.parindex.app.results.internal;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.parindex.core.problem.BadInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A what-if request refused before or by core: a 4xx with {"error": "…"} naming what is wrong, in the reader's
 * language (the app's messages {@code analysis.whatif.refused.*}; core's problems say themselves in Vietnamese).
 */
class WhatIfRefused extends RuntimeException {

    final int status;
    final String key;
    final transient Object[] args;

    WhatIfRefused(int status, String key, Object... args) {
        super(key);
        this.status = status;
        this.key = key;
        this.args = args;
    }

    static WhatIfRefused tooLarge() {
        return new WhatIfRefused(413, "analysis.whatif.refused.tooLarge", WhatIfRequests.MAX_BYTES);
    }

    /** Turns refusals of the analysis API into JSON answers. */
    @RestControllerAdvice(assignableTypes = AnalysisApi.class)
    static class Answers {

        private final MessageSource messages;

        Answers(MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler(WhatIfRefused.class)
        ResponseEntity<Map<String, String>> refused(WhatIfRefused e) {
            Locale locale = LocaleContextHolder.getLocale();
            return answer(HttpStatus.valueOf(e.status), messages.getMessage(e.key, e.args, locale));
        }

        /** Core refused a node or a value: its message names the item ("mục 7.3.1: “many” không phải một số"). */
        @ExceptionHandler(BadInputException.class)
        ResponseEntity<Map<String, String>> badInput(BadInputException e) {
            Locale locale = LocaleContextHolder.getLocale();
            return answer(HttpStatus.BAD_REQUEST, e.problems().stream().map(p -> p.message(locale))
                    .collect(Collectors.joining("; ")));
        }

        private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
        }
    }
}
