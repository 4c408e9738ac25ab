package org.parindex.app.evidence.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the size limit is refused before any controller sees it; a JSON endpoint (a dropped evidence file)
 * gets its answer in JSON, like its other refusals, and a page a 413 with the message.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UploadTooLarge {

    private final MessageSource messages;
    private final DataSize limit;

    UploadTooLarge(MessageSource messages, @Value("${spring.servlet.multipart.max-file-size:50MB}") DataSize limit) {
        this.messages = messages;
        this.limit = limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<?> tooLarge(HttpServletRequest request) {
        String text = messages.getMessage("upload.tooLarge", new Object[] {limit.toMegabytes() + " MB"},
                LocaleContextHolder.getLocale());
        String accept = String.valueOf(request.getHeader("Accept"));
        if (request.getRequestURI().endsWith("/evidence/one") || accept.contains("json")) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("error", text));
        }
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8)).body(text);
    }
}
