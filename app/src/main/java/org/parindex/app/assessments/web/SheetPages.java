package org.parindex.app.assessments.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.assessments.Explanation;
import org.parindex.app.assessments.Explanations;
import org.parindex.app.assessments.ScoreEntry;
import org.parindex.app.scores.Scores;
import org.parindex.app.assessments.Sheet;
import org.parindex.app.assessments.SheetWorkflow;
import org.parindex.app.assessments.Totals;
import org.parindex.app.assessments.internal.PeriodContext;
import org.parindex.app.assessments.internal.Sheets;
import org.parindex.app.assessments.policy.Action;
import org.parindex.app.assessments.policy.Situation;
import org.parindex.app.assessments.policy.WorkflowPolicy;
import org.parindex.app.evidence.EvidenceFile;
import org.parindex.app.evidence.EvidenceFiles;
import org.parindex.app.periods.Period;
import org.parindex.app.results.Results;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.feeds.FedValue;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.StageRows;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the sheet page of a unit for a viewer. */
@Component
class SheetPages {

    private final PeriodContext context;
    private final Sheets sheets;
    private final Scores scores;
    private final ScoreEntry entry;
    private final EvidenceFiles evidence;
    private final Explanations explanations;
    private final SheetWorkflow workflow;
    private final Results results;

    SheetPages(PeriodContext context, Sheets sheets, Scores scores, ScoreEntry entry, EvidenceFiles evidence,
               Explanations explanations, SheetWorkflow workflow, Results results) {
        this.results = results;
        this.context = context;
        this.sheets = sheets;
        this.scores = scores;
        this.entry = entry;
        this.evidence = evidence;
        this.explanations = explanations;
        this.workflow = workflow;
    }

    @Transactional
    SheetPage build(Viewer who, String periodCode, String unit) {
        Period period = context.period(periodCode);
        Framework framework = context.framework(period);
        var coreUnit = context.unit(period, unit);
        Sheet sheet = sheets.get(periodCode, unit);
        Stage stage = PeriodContext.stageOf(period.status());
        List<ScoreRow> rows = scores.ofUnit(periodCode, unit);
        Totals self = entry.totals(periodCode, unit, Stage.SELF);
        Totals round1 = entry.totals(periodCode, unit, Stage.APPRAISAL1);
        Totals last = stage == Stage.FINAL ? entry.totals(periodCode, unit, Stage.FINAL) : round1;
        Map<String, List<EvidenceFile>> files = evidence.of(periodCode, unit).stream()
                .collect(Collectors.groupingBy(EvidenceFile::node));
        Map<String, List<Explanation>> asked = explanations.of(periodCode, unit).stream()
                .collect(Collectors.groupingBy(Explanation::node));
        List<ItemRow> out = new ArrayList<>();
        Set<String> fed = fed(periodCode, unit).keySet();
        for (Node field : framework.nodes()) {
            walk(field, 0, field.code(), coreUnit.group(), new Counted(rows, fed, self, round1, last), files, asked,
                    out);
        }
        Situation s = context.situation(period, unit, null);
        var can = new SheetPage.Can(allowed(who, Action.EDIT_SELF_SCORE, s), allowed(who, Action.SUBMIT, s),
                allowed(who, Action.WITHDRAW, s), allowed(who, Action.ADD_EVIDENCE, s),
                allowed(who, Action.APPRAISE, s), allowed(who, Action.ASK_EXPLANATION, s),
                allowed(who, Action.ANSWER_EXPLANATION, s));
        return new SheetPage(period, unit, coreUnit.name(), sheet, s.due(), stage, out, self,
                stage == Stage.FINAL ? last : round1, workflow.gaps(periodCode, unit), can);
    }

    /** The values the unit's indicator and survey items get, by item code, with their date and source. */
    Map<String, FedValue> fed(String periodCode, String unit) {
        Period period = context.period(periodCode);
        return results.fed(period, context.framework(period), context.unit(period, unit)).stream()
                .collect(Collectors.toMap(FedValue::node, v -> v));
    }

    private static boolean allowed(Viewer who, Action action, Situation s) {
        return WorkflowPolicy.decide(who, action, s).allowed();
    }

    /** What counts on the sheet: the stored rows, the items fed a value (indicator, survey), each stage's totals. */
    private record Counted(List<ScoreRow> rows, Set<String> fed, Totals self, Totals round1, Totals last) { }

    private void walk(Node n, int depth, String field, String group, Counted c,
                      Map<String, List<EvidenceFile>> files, Map<String, List<Explanation>> asked, List<ItemRow> out) {
        if (!n.appliesTo(group)) {
            return;
        }
        ItemRow.Cell s = cell(c, n, Stage.SELF, c.self());
        ItemRow.Cell r1 = cell(c, n, Stage.APPRAISAL1, c.round1());
        ItemRow.Cell fin = cell(c, n, Stage.FINAL, c.last());
        List<EvidenceFile> f = files.getOrDefault(n.code(), List.of());
        boolean warning = n.isLeaf() && n.requiresEvidence() && !s.value().isEmpty()
                && !ScoreRow.NOT_APPLICABLE.equals(s.value()) && f.isEmpty() && s.note().isBlank();
        out.add(new ItemRow(n, depth, field, s, r1, fin, f, asked.getOrDefault(n.code(), List.of()), warning));
        for (Node child : n.children()) {
            walk(child, depth + 1, field, group, c, files, asked, out);
        }
    }

    /** A fed item without a typed row still shows the points its fed value earns (before the unit's first save). */
    private static ItemRow.Cell cell(Counted c, Node n, Stage stage, Totals totals) {
        Totals.NodeTotal t = totals.nodes().get(n.code());
        if (!n.isLeaf()) {
            return new ItemRow.Cell("", "", t == null ? null : t.points());
        }
        ScoreRow r = StageRows.exact(c.rows(), n.code(), stage);
        if (r == null) {
            return c.fed().contains(n.code()) && t != null ? new ItemRow.Cell("", "", t.points()) : ItemRow.Cell.EMPTY;
        }
        return new ItemRow.Cell(r.value(), r.note(), t == null ? null : t.points());
    }
}
