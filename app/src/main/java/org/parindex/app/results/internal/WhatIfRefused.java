package org.parindex.app.results.internal;

import java.util.Map;
import java.util.stream.Collectors;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A what-if request refused before or by core: a 4xx with {"error": "…"} naming what is wrong. */
class WhatIfRefused extends RuntimeException {

    final int status;

    WhatIfRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    static WhatIfRefused tooLarge() {
        return new WhatIfRefused(413, "the body is larger than " + WhatIfRequests.MAX_BYTES + " bytes");
    }

    /** Turns refusals of the analysis API into JSON answers. */
    @RestControllerAdvice(assignableTypes = AnalysisApi.class)
    static class Answers {

        @ExceptionHandler(WhatIfRefused.class)
        ResponseEntity<Map<String, String>> refused(WhatIfRefused e) {
            return answer(HttpStatus.valueOf(e.status), e.getMessage());
        }

        /** Core refused a node or a value: its message names the item ("node 7.3.1: "many" is not a number"). */
        @ExceptionHandler(BadInputException.class)
        ResponseEntity<Map<String, String>> badInput(BadInputException e) {
            return answer(HttpStatus.BAD_REQUEST, e.problems().stream().map(Problem::message)
                    .collect(Collectors.joining("; ")));
        }

        private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
        }
    }
}
