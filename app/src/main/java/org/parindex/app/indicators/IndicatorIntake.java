package org.parindex.app.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parindex.app.audit.Audit;
import org.parindex.app.frameworks.Frameworks;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.Periods;
import org.parindex.app.shared.NotFoundException;
import org.parindex.app.units.Units;
import org.parindex.core.analysis.Observation;
import org.parindex.core.bundle.Unit;
import org.parindex.core.io.IndicatorsCsv;
import org.parindex.core.io.PeriodDates;
import org.parindex.core.problem.Problem;
import org.parindex.core.problem.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes indicator observations in: an indicator file an admin uploads (preview, then confirm) or observations a
 * system sends through the API. Core checks every value against the period's framework and the units; a period
 * that is locked or published takes nothing (its results are final). Every write is audited in its transaction.
 */
@Service
public class IndicatorIntake {

    /** The most observations one request of the API may carry. */
    public static final int MAX_PER_REQUEST = 10_000;

    private final Periods periods;
    private final Frameworks frameworks;
    private final Units units;
    private final Observations observations;
    private final Audit audit;

    IndicatorIntake(Periods periods, Frameworks frameworks, Units units, Observations observations, Audit audit) {
        this.periods = periods;
        this.frameworks = frameworks;
        this.units = units;
        this.observations = observations;
        this.audit = audit;
    }

    /** What a file would add: its observations, how many are new and how many already there, or every problem. */
    public record Preview(String period, int rows, int added, int unchanged, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Preview preview(String period, String text) {
        Problems problems = new Problems();
        List<Observation> read = IndicatorsCsv.parse(text, IndicatorsCsv.path(period), corePeriod(period),
                units.coreByCode(), problems);
        if (!problems.isEmpty()) {
            return new Preview(period, 0, 0, 0, problems.list());
        }
        Map<String, Observation> current = new HashMap<>();
        observations.of(period).forEach(o -> current.put(o.unit() + "\u0000" + o.indicator() + "\u0000" + o.date(), o));
        int same = (int) read.stream().filter(o -> {
            Observation was = current.get(o.unit() + "\u0000" + o.indicator() + "\u0000" + o.date());
            return was != null && was.sameValue(o);
        }).count();
        return new Preview(period, read.size(), read.size() - same, same, List.of());
    }

    /** Appends a file's observations; a file with any problem is refused whole (BadInputException). */
    @Transactional
    public Observations.Appended importFile(String period, String text, String actor) {
        Problems problems = new Problems();
        List<Observation> read = IndicatorsCsv.parse(text, IndicatorsCsv.path(period), corePeriod(period),
                units.coreByCode(), problems);
        problems.throwIfAny();
        Observations.Appended done = observations.append(period, read, actor);
        audit.record(actor, "indicators.import", "period " + period, done.added() + " added, " + done.unchanged()
                + " unchanged");
        return done;
    }

    /**
     * Appends observations a system sent, each given field by field ({@code observations[i]} names it in problems);
     * any problem refuses them all (BadInputException).
     */
    @Transactional
    public Observations.Appended receive(ApiToken token, String period, List<Function<String, String>> sent) {
        if (sent.size() > MAX_PER_REQUEST) {
            throw new IntakeRefused("tooMany", "more than " + MAX_PER_REQUEST + " observations in one request");
        }
        org.parindex.core.bundle.Period core = corePeriod(period);
        Map<String, Unit> known = units.coreByCode();
        Problems problems = new Problems();
        Map<String, Observation> unique = new LinkedHashMap<>();
        for (int i = 0; i < sent.size(); i++) {
            Observation o = IndicatorsCsv.check(sent.get(i), "observations[" + i + "]", 0, core, known, problems);
            if (o == null) {
                continue;
            }
            Observation earlier = unique.put(o.unit() + "\u0000" + o.indicator() + "\u0000" + o.date(), o);
            if (earlier != null && !earlier.sameValue(o)) {
                problems.add("observations[" + i + "]", 0, "unit " + o.unit() + ", indicator " + o.indicator()
                        + ", date " + o.date() + " twice with different values");
            }
        }
        problems.throwIfAny();
        String actor = "system:" + token.name();
        Observations.Appended done = observations.append(period, new ArrayList<>(unique.values()), actor);
        audit.record(actor, "indicators.receive", "period " + period, "token " + token.id() + ": " + done.added()
                + " added, " + done.unchanged() + " unchanged");
        return done;
    }

    /** The period as core checks observations against it; unknown → 404, locked or published → refused. */
    private org.parindex.core.bundle.Period corePeriod(String code) {
        Period p = periods.find(code).orElseThrow(() -> new NotFoundException("period " + code));
        if (p.status().isClosed()) {
            throw new IntakeRefused("closed", "period " + code + " is " + p.status().name().toLowerCase()
                    + ": its results are final and take no more indicator values");
        }
        var fw = frameworks.byId(p.frameworkId()).orElseThrow();
        return new org.parindex.core.bundle.Period(p.code(), p.name(), fw.fileName(), fw.framework(), "", List.of(),
                p.announcedOn(), p.startsOn() != null ? p.startsOn() : PeriodDates.start(p.code()),
                p.endsOn() != null ? p.endsOn() : PeriodDates.end(p.code()));
    }

}
