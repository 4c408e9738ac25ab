package org.parindex.app.assessments.internal;

import java.util.ArrayList;
import java.util.List;
import org.parindex.app.assessments.OpenWork;
import org.parindex.app.assessments.policy.SheetState;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.PeriodStatus;
import org.parindex.app.results.LeftOutUnits;
import org.parindex.app.scores.Scores;
import org.parindex.app.units.Units;
import org.parindex.core.framework.Framework;
import org.springframework.stereotype.Component;

/** Counts what is still open in a period (see {@link OpenWork}); the sheets of a period in the workflow exist. */
@Component
public class PeriodOpenWork {

    private final PeriodContext context;
    private final Sheets sheets;
    private final Scores scores;
    private final ExplanationRows explanations;
    private final LeftOutUnits leftOut;

    PeriodOpenWork(PeriodContext context, Sheets sheets, Scores scores, ExplanationRows explanations,
                   LeftOutUnits leftOut) {
        this.context = context;
        this.sheets = sheets;
        this.scores = scores;
        this.explanations = explanations;
        this.leftOut = leftOut;
    }

    public OpenWork of(Period p) {
        if (p.status() == PeriodStatus.DRAFT || p.status() == PeriodStatus.PUBLISHED) {
            return OpenWork.NONE;
        }
        Framework framework = context.framework(p);
        List<String> notSubmitted = new ArrayList<>();
        int items = 0;
        int units = 0;
        int unanswered = 0;
        for (String code : p.unitCodes()) {
            var unit = context.unit(p, code);
            if (sheets.get(p.code(), code).state() != SheetState.SUBMITTED) {
                notSubmitted.add(unit.name());
            }
            int open = OpenItems.count(p, framework, unit.group(), scores.ofUnit(p.code(), code));
            items += open;
            units += open > 0 ? 1 : 0;
            unanswered += explanations.unanswered(p.code(), code);
        }
        notSubmitted.sort(Units.VIETNAMESE);
        List<String> without = new ArrayList<>(withoutResult(p).stream().map(u -> context.unit(p, u).name()).toList());
        without.sort(Units.VIETNAMESE);
        return new OpenWork(notSubmitted, items, units, unanswered, without);
    }

    /** The codes of the units without a stored result, once the period is locked (results are stored then). */
    public List<String> withoutResult(Period p) {
        return p.status() == PeriodStatus.LOCKED ? leftOut.withoutResult(p.code(), p.unitCodes()) : List.of();
    }
}
