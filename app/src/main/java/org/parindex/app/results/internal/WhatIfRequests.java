package org.parindex.app.results.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a what-if request body within its limits before parsing it: {"values": {"NODE": "VALUE", …}}, at most
 * {@link #MAX_BYTES} bytes, {@link #MAX_ITEMS} items, codes and values of at most {@link #MAX_LENGTH} characters.
 * Anything else is a {@link WhatIfRefused} naming what is wrong.
 */
@Component
class WhatIfRequests {

    static final int MAX_BYTES = 16 * 1024;
    static final int MAX_ITEMS = 500;
    static final int MAX_LENGTH = 40;

    private final JsonMapper json;

    WhatIfRequests(JsonMapper json) {
        this.json = json;
    }

    Map<String, String> read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw WhatIfRefused.tooLarge();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            throw WhatIfRefused.tooLarge();
        }
        JsonNode root;
        try {
            root = json.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw e.getLocation() == null ? new WhatIfRefused(400, "analysis.whatif.refused.notJson")
                    : new WhatIfRefused(400, "analysis.whatif.refused.notJsonAt", e.getLocation().getLineNr(),
                    e.getLocation().getColumnNr());
        }
        JsonNode values = root == null ? null : root.get("values");
        if (values == null || !values.isObject()) {
            throw new WhatIfRefused(400, "analysis.whatif.refused.shape");
        }
        if (values.size() > MAX_ITEMS) {
            throw new WhatIfRefused(400, "analysis.whatif.refused.tooMany", values.size(), MAX_ITEMS);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : values.properties()) {
            String code = e.getKey();
            JsonNode v = e.getValue();
            if (code.length() > MAX_LENGTH) {
                throw new WhatIfRefused(400, "analysis.whatif.refused.codeTooLong", MAX_LENGTH);
            }
            if (!v.isString() && !v.isNumber()) {
                throw new WhatIfRefused(400, "analysis.whatif.refused.notText", code);
            }
            String text = v.asString().trim();
            if (text.length() > MAX_LENGTH) {
                throw new WhatIfRefused(400, "analysis.whatif.refused.valueTooLong", code, MAX_LENGTH);
            }
            out.put(code, text);
        }
        return out;
    }
}
