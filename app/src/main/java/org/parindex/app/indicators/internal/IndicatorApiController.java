package org.parindex.app.indicators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.parindex.app.indicators.ApiToken;
import org.parindex.app.indicators.ApiTokens;
import org.parindex.app.indicators.IndicatorIntake;
import org.parindex.app.indicators.IntakeRefused;
import org.parindex.app.indicators.Observations;
import org.parindex.app.indicators.TokenScope;
import org.parindex.app.shared.NotFoundException;
import org.parindex.core.bundle.Codes;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/indicators}: a system sends observations with its token
 * ({@code Authorization: Bearer <token>}, scope indicators). Body:
 * {@code {"period":"2023-H2","observations":[{"unit","indicator","date","value","source"[,"numerator","denominator"]}]}}.
 * 200 with what was added; 400 naming the field; 401, 403, 404 (period), 409 (period closed), 413 (over 1 MB).
 */
@RestController
class IndicatorApiController {

    static final int MAX_BYTES = 1_048_576;
    private static final Set<String> FIELDS = Set.of("unit", "indicator", "date", "value", "source", "numerator",
            "denominator");

    private final ApiTokens tokens;
    private final IndicatorIntake intake;

    IndicatorApiController(ApiTokens tokens, IndicatorIntake intake) {
        this.tokens = tokens;
        this.intake = intake;
    }

    @PostMapping("/api/v1/indicators")
    ResponseEntity<Map<String, Object>> receive(@RequestHeader(name = "Authorization", required = false) String auth,
                                                HttpServletRequest request) throws IOException {
        ApiToken token = ApiCaller.authenticate(tokens, auth, TokenScope.INDICATORS);
        JsonNode body = ApiCaller.json(request, MAX_BYTES);
        String period = ApiCaller.text(body, "period", "");
        if (!Codes.isValid(period)) {
            throw new ApiCaller.Refusal(HttpStatus.BAD_REQUEST, "period: \"" + Codes.shown(period) + "\" must be "
                    + Codes.RULE);
        }
        JsonNode list = body.get("observations");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new ApiCaller.Refusal(HttpStatus.BAD_REQUEST, "observations: expected a non-empty list");
        }
        if (list.size() > IndicatorIntake.MAX_PER_REQUEST) {
            throw new ApiCaller.Refusal(HttpStatus.PAYLOAD_TOO_LARGE, "observations: more than "
                    + IndicatorIntake.MAX_PER_REQUEST + " in one request");
        }
        List<Function<String, String>> sent = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            sent.add(fields(list.get(i), "observations[" + i + "]."));
        }
        Observations.Appended done = intake.receive(token, period, sent);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("period", period);
        answer.put("received", sent.size());
        answer.put("added", done.added());
        answer.put("unchanged", done.unchanged());
        return ResponseEntity.ok(answer);
    }

    private static Function<String, String> fields(JsonNode o, String where) {
        if (o == null || !o.isObject()) {
            throw new ApiCaller.Refusal(HttpStatus.BAD_REQUEST, where.substring(0, where.length() - 1)
                    + ": expected an object");
        }
        for (Iterator<String> names = o.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new ApiCaller.Refusal(HttpStatus.BAD_REQUEST, where + Codes.shown(name)
                        + ": unknown field; fields: unit, indicator, date, value, source, numerator, denominator");
            }
        }
        Map<String, String> values = new HashMap<>();
        for (String required : List.of("unit", "indicator", "date", "value", "source")) {
            values.put(required, ApiCaller.text(o, required, where));
        }
        for (String optional : List.of("numerator", "denominator")) {
            if (o.hasNonNull(optional)) {
                values.put(optional, ApiCaller.text(o, optional, where));
            }
        }
        return values::get;
    }

    @ExceptionHandler(ApiCaller.Refusal.class)
    ResponseEntity<Map<String, Object>> refused(ApiCaller.Refusal r) {
        return r.answer;
    }

    @ExceptionHandler(BadInputException.class)
    ResponseEntity<Map<String, Object>> bad(BadInputException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "nothing was written",
                "problems", e.problems().stream().map(Problem::toString).toList()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(IntakeRefused.class)
    ResponseEntity<Map<String, Object>> refused(IntakeRefused e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }
}
