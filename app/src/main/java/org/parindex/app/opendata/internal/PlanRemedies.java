package org.parindex.app.opendata.internal;

import java.util.List;
import org.parindex.app.opendata.Remedies;
import org.parindex.app.plans.ActionView;
import org.parindex.app.plans.Plans;
import org.parindex.core.plans.ActionStatus;
import org.springframework.stereotype.Component;

/** The remedies an article names: the titles of the unit's plan actions for the period, dropped ones left out. */
@Component
class PlanRemedies implements Remedies {

    private final Plans plans;

    PlanRemedies(Plans plans) {
        this.plans = plans;
    }

    @Override
    public List<String> of(String period, String unit) {
        return plans.of(period, unit).stream().filter(a -> !ActionStatus.DROPPED.code().equals(a.status())).map(ActionView::title)
                .toList();
    }
}
