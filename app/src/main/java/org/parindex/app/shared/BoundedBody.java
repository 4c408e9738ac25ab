package org.parindex.app.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** A request body read within a bound, before anything parses it: empty when it is larger (the caller answers 413). */
public final class BoundedBody {

    private BoundedBody() { }

    public static Optional<byte[]> read(HttpServletRequest request, int maxBytes) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            return Optional.empty();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            return body.length > maxBytes ? Optional.empty() : Optional.of(body);
        }
    }
}
