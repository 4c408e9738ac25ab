package org.parindex.app.surveys.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.parindex.app.indicators.ApiToken;
import org.parindex.app.indicators.ApiTokens;
import org.parindex.app.indicators.TokenRefused;
import org.parindex.app.indicators.TokenScope;
import org.parindex.app.shared.BoundedBody;
import org.parindex.app.shared.NotFoundException;
import org.parindex.app.surveys.SurveyRefused;
import org.parindex.app.surveys.Surveys;
import org.parindex.core.bundle.Codes;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/survey-responses?period=P}: a survey system sends a responses file (CSV, the format of
 * {@code surveys/<period>.csv}), or the same columns as an .xlsx workbook (Content-Type
 * {@value #XLSX}; bad rows named at their sheet!cell), with its token of scope surveys. Every row or none: 200 with the count, 400 with each
 * bad row's line, 401, 403, 404 (no period or survey), 409 (period closed), 413 (over 5 MB).
 */
@RestController
class SurveyApiController {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ApiTokens tokens;
    private final Surveys surveys;

    SurveyApiController(ApiTokens tokens, Surveys surveys) {
        this.tokens = tokens;
        this.surveys = surveys;
    }

    @PostMapping("/api/v1/survey-responses")
    ResponseEntity<Map<String, Object>> receive(@RequestHeader(name = "Authorization", required = false) String auth,
                                                @RequestParam String period, HttpServletRequest request)
            throws IOException {
        ApiToken token = tokens.authorize(auth, TokenScope.SURVEYS);
        if (!Codes.isValid(period)) {
            throw new NotFoundException("period " + Codes.shown(period));
        }
        var body = BoundedBody.read(request, MAX_BYTES);
        if (body.isEmpty()) {
            return error(HttpStatus.PAYLOAD_TOO_LARGE, "the body is larger than " + MAX_BYTES + " bytes");
        }
        String who = "system:" + token.name();
        int added = request.getContentType() != null && request.getContentType().startsWith(XLSX)
                ? surveys.importResponsesWorkbook(period, body.get(), "survey-responses.xlsx", who)
                : surveys.importResponses(period, new String(body.get(), StandardCharsets.UTF_8), who);
        return ResponseEntity.ok(Map.of("period", period, "added", added));
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }

    @ExceptionHandler(TokenRefused.class)
    ResponseEntity<Map<String, Object>> token(TokenRefused e) {
        var answer = ResponseEntity.status(e.status());
        if (e.status() == 401) {
            answer = answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return answer.body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(BadInputException.class)
    ResponseEntity<Map<String, Object>> bad(BadInputException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "nothing was written",
                "problems", e.problems().stream().map(Problem::toString).toList()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(SurveyRefused.class)
    ResponseEntity<Map<String, Object>> refused(SurveyRefused e) {
        return e.code().equals("noSurvey") ? error(HttpStatus.NOT_FOUND, "the period has no survey")
                : error(HttpStatus.CONFLICT, e.code().equals("closed") ? "the period is closed" : e.code());
    }
}
