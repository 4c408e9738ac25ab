package org.parindex.app.results.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parindex.app.frameworks.FrameworkVersion;
import org.parindex.app.frameworks.Frameworks;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.Periods;
import org.parindex.app.units.Unit;
import org.parindex.app.units.Units;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.history.BundleResults;
import org.springframework.stereotype.Component;

/**
 * The stored periods that have results, as core's {@link BundleResults} (each period as scored once when its results
 * were stored, see {@link PeriodScoring}): what the narrative and the analyses of a unit read.
 */
@Component
public class StoredHistory {

    private final Units units;
    private final Periods periods;
    private final Frameworks frameworks;
    private final PeriodScoring scoring;

    StoredHistory(Units units, Periods periods, Frameworks frameworks, PeriodScoring scoring) {
        this.units = units;
        this.periods = periods;
        this.frameworks = frameworks;
        this.scoring = scoring;
    }

    public BundleResults results() {
        Map<String, PeriodResult> scored = new LinkedHashMap<>();
        List<org.parindex.core.bundle.Period> computed = new ArrayList<>();
        for (Period p : periods.all()) {
            scoring.result(p.code()).ifPresent(r -> {
                scored.put(p.code(), r);
                computed.add(corePeriod(p));
            });
        }
        return BundleResults.from(bundle(computed), scored);
    }

    /** A period as the report names and dates it (its rows are in the result already). */
    private org.parindex.core.bundle.Period corePeriod(Period p) {
        FrameworkVersion fw = frameworks.byId(p.frameworkId()).orElseThrow();
        return new org.parindex.core.bundle.Period(p.code(), p.name(), fw.fileName(), fw.framework(),
                "scores/" + p.code() + ".csv", List.of(), p.announcedOn(), p.startsOn(), p.endsOn());
    }

    private Bundle bundle(List<org.parindex.core.bundle.Period> computed) {
        var assessor = periods.assessor();
        return new Bundle(assessor.title(), assessor.name(), assessor.demo(),
                units.all().stream().map(Unit::toCore).toList(), computed);
    }
}
