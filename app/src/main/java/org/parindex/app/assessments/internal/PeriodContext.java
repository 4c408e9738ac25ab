package org.parindex.app.assessments.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.parindex.app.assessments.Sheet;
import org.parindex.app.assessments.policy.Situation;
import org.parindex.app.frameworks.Frameworks;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.PeriodStatus;
import org.parindex.app.periods.Periods;
import org.parindex.app.shared.NotFoundException;
import org.parindex.app.units.Units;
import org.parindex.core.bundle.Stage;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.springframework.stereotype.Component;

/** Looks up what a workflow decision needs: the period, its framework, a unit's sheet and deadline, today. */
@Component
public class PeriodContext {

    private final Periods periods;
    private final Frameworks frameworks;
    private final Units units;
    private final Sheets sheets;
    private final Deadlines deadlines;
    private final ExplanationRows explanations;
    private final Clock clock;

    PeriodContext(Periods periods, Frameworks frameworks, Units units, Sheets sheets, Deadlines deadlines,
                  ExplanationRows explanations, Clock clock) {
        this.explanations = explanations;
        this.periods = periods;
        this.frameworks = frameworks;
        this.units = units;
        this.sheets = sheets;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public Period period(String code) {
        return periods.find(code).orElseThrow(() -> new NotFoundException("period " + code));
    }

    public Framework framework(Period p) {
        return frameworks.byId(p.frameworkId()).orElseThrow().framework();
    }

    public org.parindex.core.bundle.Unit unit(Period p, String code) {
        if (!p.unitCodes().contains(code)) {
            throw new NotFoundException("unit " + code + " in period " + p.code());
        }
        return units.find(code).orElseThrow(() -> new NotFoundException("unit " + code)).toCore();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The situation of a unit's item (or of the whole sheet when {@code node} is null). */
    public Situation situation(Period p, String unit, Node node) {
        Sheet sheet = sheets.get(p.code(), unit);
        boolean unasked = node != null && p.status() == PeriodStatus.EXPLANATIONS
                && explanations.of(p.code(), unit).stream().noneMatch(e -> e.node().equals(node.code()));
        return new Situation(p.status(), p.hasRoundTwo(), unit, sheet.state(), deadlines.of(p, unit, p.status()),
                today(), node != null && node.isExternal(), unasked);
    }

    /** The period-wide situation (for stage changes). */
    public Situation situation(Period p) {
        return new Situation(p.status(), p.hasRoundTwo(), "", null, null, today(), false);
    }

    /** The stage of score rows written while the period is in a status: self, round 1 or final. */
    public static Stage stageOf(PeriodStatus status) {
        return switch (status) {
            case DRAFT, SELF_ASSESSMENT -> Stage.SELF;
            case APPRAISAL_1, EXPLANATIONS -> Stage.APPRAISAL1;
            default -> Stage.FINAL;
        };
    }

    public List<Sheet> sheets(String period) {
        return sheets.of(period);
    }
}
