package org.parindex.app.bundles;

import java.util.List;
import java.util.Map;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.plans.PlanAction;

/**
 * A valid bundle ready to import: read and checked by core, with its framework texts, the preview and the improvement
 * plans it carries (period code → actions, only for periods with a plans file).
 */
public record ImportPlan(Bundle bundle, Map<String, String> frameworkTexts, ImportPreview preview,
                         Map<String, List<PlanAction>> plans) {

    public ImportPlan {
        frameworkTexts = Map.copyOf(frameworkTexts);
        plans = Map.copyOf(plans);
    }
}
