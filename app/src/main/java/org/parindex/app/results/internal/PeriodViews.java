package org.parindex.app.results.internal;

import java.util.List;
import java.util.Optional;
import org.parindex.app.frameworks.FrameworkVersion;
import org.parindex.app.frameworks.Frameworks;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.Periods;
import org.parindex.app.results.PeriodView;
import org.springframework.stereotype.Component;

/** Periods as the results pages show them. */
@Component
public class PeriodViews {

    private final Periods periods;
    private final Frameworks frameworks;
    private final StoredResults stored;

    PeriodViews(Periods periods, Frameworks frameworks, StoredResults stored) {
        this.periods = periods;
        this.frameworks = frameworks;
        this.stored = stored;
    }

    public List<PeriodView> all() {
        boolean demo = periods.assessor().demo();
        return periods.all().stream().map(p -> view(p, demo)).toList();
    }

    public Optional<PeriodView> find(String code) {
        return periods.find(code).map(p -> view(p, periods.assessor().demo()));
    }

    /** The latest period before {@code code} that has results. */
    public Optional<Period> previousComputed(String code) {
        List<Period> all = periods.all();
        Period previous = null;
        for (Period p : all) {
            if (p.code().equals(code)) {
                return Optional.ofNullable(previous);
            }
            if (stored.has(p.code())) {
                previous = p;
            }
        }
        return Optional.empty();
    }

    public FrameworkVersion framework(String period) {
        Period p = periods.find(period).orElseThrow();
        return frameworks.byId(p.frameworkId()).orElseThrow();
    }

    private PeriodView view(Period p, boolean demo) {
        FrameworkVersion fw = frameworks.byId(p.frameworkId()).orElseThrow();
        return new PeriodView(p.code(), p.name(), p.status().name(), p.isPublished(), p.announcedOn(), fw.code(),
                fw.revision(), fw.name(), fw.framework().decimals(), p.unitCodes().size(), stored.has(p.code()),
                demo || fw.demo());
    }
}
