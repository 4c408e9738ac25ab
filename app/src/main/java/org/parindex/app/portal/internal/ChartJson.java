package org.parindex.app.portal.internal;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart's data as JSON for a {@code data-} attribute: the pages carry no inline script, so the
 * Content-Security-Policy allows scripts from the site only.
 */
@Component
class ChartJson {

    private final JsonMapper json;

    ChartJson(JsonMapper json) {
        this.json = json;
    }

    public String of(Object data) {
        return json.writeValueAsString(data);
    }
}
