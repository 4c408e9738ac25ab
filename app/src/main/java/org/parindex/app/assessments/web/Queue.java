package org.parindex.app.assessments.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parindex.app.assessments.Explanations;
import org.parindex.app.assessments.ScoreEntry;
import org.parindex.app.scores.Scores;
import org.parindex.app.assessments.internal.Deadlines;
import org.parindex.app.assessments.internal.OpenItems;
import org.parindex.app.assessments.internal.PeriodContext;
import org.parindex.app.assessments.internal.Sheets;
import org.parindex.app.periods.Period;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.framework.Framework;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The units of a period by state, deadline and work left, for the council. */
@Component
class Queue {

    private final PeriodContext context;
    private final Sheets sheets;
    private final Deadlines deadlines;
    private final Scores scores;
    private final ScoreEntry entry;
    private final Explanations explanations;

    Queue(PeriodContext context, Sheets sheets, Deadlines deadlines, Scores scores, ScoreEntry entry,
          Explanations explanations) {
        this.context = context;
        this.sheets = sheets;
        this.deadlines = deadlines;
        this.scores = scores;
        this.entry = entry;
        this.explanations = explanations;
    }

    @Transactional
    List<QueueRow> of(Period p) {
        Framework framework = context.framework(p);
        Stage stage = PeriodContext.stageOf(p.status());
        List<QueueRow> out = new ArrayList<>();
        for (String code : p.unitCodes()) {
            var unit = context.unit(p, code);
            List<ScoreRow> rows = scores.ofUnit(p.code(), code);
            int left = OpenItems.count(p, framework, unit.group(), rows);
            out.add(new QueueRow(code, unit.name(), sheets.get(p.code(), code), deadlines.of(p, code, p.status()),
                    left, explanations.unanswered(p.code(), code), entry.totals(p.code(), code, stage).index()));
        }
        out.sort(Comparator.comparing((QueueRow r) -> r.sheet().state()).reversed()
                .thenComparing(QueueRow::itemsLeft, Comparator.reverseOrder()).thenComparing(QueueRow::name,
                        org.parindex.app.units.Units.VIETNAMESE));
        return out;
    }
}
