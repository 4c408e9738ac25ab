package org.parindex.app.bundles;

import java.util.Map;
import org.parindex.core.bundle.Bundle;

/** A valid bundle ready to import: read and checked by core, with its framework texts and the preview. */
public record ImportPlan(Bundle bundle, Map<String, String> frameworkTexts, ImportPreview preview) {

    public ImportPlan {
        frameworkTexts = Map.copyOf(frameworkTexts);
    }
}
