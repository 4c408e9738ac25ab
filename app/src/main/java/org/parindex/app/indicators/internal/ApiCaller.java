package org.parindex.app.indicators.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.parindex.app.indicators.ApiToken;
import org.parindex.app.indicators.ApiTokens;
import org.parindex.app.indicators.TokenRefused;
import org.parindex.app.indicators.TokenScope;
import org.parindex.app.shared.BoundedBody;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What a system's call to the indicator API checks before its body is used: the bearer token (401 when missing,
 * unknown or revoked; 403 for a token of another scope), then the body's size (413 past the limit), then that it
 * is JSON (400).
 */
final class ApiCaller {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A refusal to answer instead of going on. */
    static final class Refusal extends RuntimeException {
        final transient ResponseEntity<Map<String, Object>> answer;

        Refusal(HttpStatus status, String message) {
            super(message, null, false, false);
            HttpHeaders headers = new HttpHeaders();
            if (status == HttpStatus.UNAUTHORIZED) {
                headers.add(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            }
            this.answer = ResponseEntity.status(status).headers(headers).body(Map.of("error", message));
        }
    }

    private ApiCaller() { }

    static ApiToken authenticate(ApiTokens tokens, String authorization, TokenScope scope) {
        try {
            return tokens.authorize(authorization, scope);
        } catch (TokenRefused e) {
            throw new Refusal(HttpStatus.valueOf(e.status()), e.getMessage());
        }
    }

    /** The body as JSON, read within {@code maxBytes}. */
    static JsonNode json(HttpServletRequest request, int maxBytes) throws IOException {
        byte[] body = BoundedBody.read(request, maxBytes).orElseThrow(() -> new Refusal(HttpStatus.PAYLOAD_TOO_LARGE,
                "the body is larger than " + maxBytes + " bytes"));
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new Refusal(HttpStatus.BAD_REQUEST, "body: expected a JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new Refusal(HttpStatus.BAD_REQUEST, "body: not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        }
    }

    /** A required text field of an object (a number is taken as written). */
    static String text(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new Refusal(HttpStatus.BAD_REQUEST, where + field + ": missing");
        }
        if (!v.isTextual() && !v.isNumber()) {
            throw new Refusal(HttpStatus.BAD_REQUEST, where + field + ": expected a text or a number");
        }
        return v.asText();
    }
}
