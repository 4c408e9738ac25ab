package org.parindex.app.results.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parindex.app.assessments.Scores;
import org.parindex.app.frameworks.FrameworkVersion;
import org.parindex.app.frameworks.Frameworks;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.Periods;
import org.parindex.app.units.Unit;
import org.parindex.app.units.Units;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.history.BundleResults;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.report.NarrativeReport;
import org.springframework.stereotype.Component;

/**
 * Core's narrative report of a unit in a period (headline, fields, earlier ranks and why it changed), over the
 * stored periods that have results. The scored bundle is kept until units or periods change, so a page view
 * does not score the periods again.
 */
@Component
public class Narratives {

    private final Units units;
    private final Periods periods;
    private final Frameworks frameworks;
    private final Scores scores;
    private final StoredResults stored;
    private volatile Cached cached;

    private record Cached(List<Unit> units, List<Period> periods, BundleResults results) { }

    Narratives(Units units, Periods periods, Frameworks frameworks, Scores scores, StoredResults stored) {
        this.units = units;
        this.periods = periods;
        this.frameworks = frameworks;
        this.scores = scores;
        this.stored = stored;
    }

    public Optional<String> narrative(String unit, String period, Locale locale) {
        BundleResults results = results();
        if (results == null || results.bundle().period(period).isEmpty() || results.unit(period, unit).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(NarrativeReport.write(results, period, unit, locale));
    }

    public void forget() {
        cached = null;
    }

    private BundleResults results() {
        List<Unit> allUnits = units.all();
        List<Period> computed = periods.all().stream().filter(p -> stored.has(p.code())).toList();
        Cached c = cached;
        if (c != null && c.units().equals(allUnits) && c.periods().equals(computed)) {
            return c.results();
        }
        try {
            BundleResults results = BundleResults.of(bundle(allUnits, computed));
            cached = new Cached(allUnits, computed, results);
            return results;
        } catch (BadInputException e) {
            return null;
        }
    }

    private Bundle bundle(List<Unit> allUnits, List<Period> computed) {
        List<org.parindex.core.bundle.Period> out = new ArrayList<>();
        for (Period p : computed) {
            FrameworkVersion fw = frameworks.byId(p.frameworkId()).orElseThrow();
            out.add(new org.parindex.core.bundle.Period(p.code(), p.name(), fw.fileName(), fw.framework(),
                    "scores/" + p.code() + ".csv", scores.of(p.code()), p.announcedOn(), p.startsOn(), p.endsOn()));
        }
        var assessor = periods.assessor();
        return new Bundle(assessor.title(), assessor.name(), assessor.demo(),
                allUnits.stream().map(Unit::toCore).toList(), out);
    }
}
