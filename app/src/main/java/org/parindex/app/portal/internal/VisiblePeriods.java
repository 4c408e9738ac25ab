package org.parindex.app.portal.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parindex.app.accounts.Access;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.results.PeriodView;
import org.parindex.app.results.Results;
import org.parindex.app.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** The periods with results that the current viewer may see (newest first), and the check of one of them. */
@Component
class VisiblePeriods {

    private final Results results;

    VisiblePeriods(Results results) {
        this.results = results;
    }

    List<PeriodView> newestFirst() {
        Viewer viewer = Access.viewer();
        List<PeriodView> out = new ArrayList<>(results.periods().stream()
                .filter(p -> p.computed() && viewer.maySeeResults(p.published())).toList());
        Collections.reverse(out);
        return out;
    }

    /** Code → name of {@link #newestFirst()}, for the period selector. */
    Map<String, String> options() {
        Map<String, String> out = new LinkedHashMap<>();
        newestFirst().forEach(p -> out.put(p.code(), p.name()));
        return out;
    }

    /** The name of a period, or null. */
    String name(String code) {
        return code == null ? null : results.period(code).map(PeriodView::name).orElse(code);
    }

    /** The period, if it exists and has results; refused (login or 403) when the viewer may not see it. */
    PeriodView require(String code) {
        PeriodView period = results.period(code).filter(PeriodView::computed).orElseThrow(VisiblePeriods::notFound);
        Access.requireResults(period.published());
        return period;
    }

    static NotFoundException notFound() {
        return new NotFoundException("page");
    }
}
