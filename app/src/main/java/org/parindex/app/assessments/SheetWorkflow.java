package org.parindex.app.assessments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.assessments.internal.Deadlines;
import org.parindex.app.assessments.internal.LateDeduction;
import org.parindex.app.assessments.internal.LiveTotals;
import org.parindex.app.assessments.internal.PeriodContext;
import org.parindex.app.assessments.internal.SheetTotals;
import org.parindex.app.assessments.internal.Sheets;
import org.parindex.app.assessments.policy.Action;
import org.parindex.app.assessments.policy.Decision;
import org.parindex.app.assessments.policy.RefusedException;
import org.parindex.app.assessments.policy.SheetState;
import org.parindex.app.assessments.policy.WorkflowPolicy;
import org.parindex.app.audit.Audit;
import org.parindex.app.evidence.EvidenceFile;
import org.parindex.app.evidence.EvidenceFiles;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.PeriodStatus;
import org.parindex.app.scores.Scores;
import org.parindex.app.shared.NotFoundException;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.StageRows;
import org.parindex.core.framework.Framework;
import org.parindex.core.framework.Node;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit submits its self-assessment when every item it must score has a value and every item that requires
 * evidence has a file or a written explanation; it may withdraw and resubmit before its deadline. Evidence
 * files are attached here, after the workflow policy allowed it.
 */
@Service
public class SheetWorkflow {

    private final PeriodContext context;
    private final Sheets sheets;
    private final Scores scores;
    private final EvidenceFiles evidence;
    private final Audit audit;
    private final SheetTotals totals;
    private final LiveTotals liveTotals;

    SheetWorkflow(PeriodContext context, Sheets sheets, Scores scores, EvidenceFiles evidence, Audit audit,
                  SheetTotals totals, LiveTotals liveTotals) {
        this.liveTotals = liveTotals;
        this.context = context;
        this.totals = totals;
        this.sheets = sheets;
        this.scores = scores;
        this.evidence = evidence;
        this.audit = audit;
    }

    /** What keeps a sheet from being submitted: items without a value, items missing evidence and explanation. */
    public record Gaps(List<Node> unscored, List<Node> missingEvidence) {
        public boolean none() {
            return unscored.isEmpty() && missingEvidence.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    public Gaps gaps(String periodCode, String unit) {
        Period period = context.period(periodCode);
        Framework framework = context.framework(period);
        List<ScoreRow> rows = scores.ofUnit(periodCode, unit);
        Set<String> withFiles = evidence.of(periodCode, unit).stream().map(EvidenceFile::node)
                .collect(Collectors.toSet());
        List<Node> unscored = new ArrayList<>();
        List<Node> missing = new ArrayList<>();
        for (Node n : framework.selfScoredLeaves(context.unit(period, unit).group())) {
            ScoreRow r = StageRows.exact(rows, n.code(), Stage.SELF);
            if (r == null) {
                unscored.add(n);
            } else if (n.requiresEvidence() && !r.notApplicable() && !withFiles.contains(n.code())
                    && r.note().isBlank()) {
                missing.add(n);
            }
        }
        return new Gaps(unscored, missing);
    }

    @Transactional
    public int submit(Viewer who, String periodCode, String unit, int version) {
        Period period = context.period(periodCode);
        WorkflowPolicy.require(who, Action.SUBMIT, context.situation(period, unit, null));
        Gaps gaps = gaps(periodCode, unit);
        if (!gaps.unscored().isEmpty()) {
            throw new RefusedException(Decision.refuse("incomplete", codes(gaps.unscored())));
        }
        if (!gaps.missingEvidence().isEmpty()) {
            throw new RefusedException(Decision.refuse("evidenceMissing", codes(gaps.missingEvidence())));
        }
        int next = sheets.claim(periodCode, unit, version);
        java.time.LocalDate due = Deadlines.ofPeriod(period, PeriodStatus.SELF_ASSESSMENT);
        boolean late = due != null && context.today().isAfter(due);
        sheets.changeState(periodCode, unit, SheetState.SUBMITTED, late);
        audit.change(who.username(), "sheet.submit", periodCode, unit, null, SheetState.DRAFT.name(),
                SheetState.SUBMITTED.name(), late ? "late (deadline extended)" : null);
        if (late) {
            Framework framework = context.framework(period);
            var coreUnit = context.unit(period, unit);
            if (!LateDeduction.apply(framework, coreUnit.group(), periodCode, unit, scores, audit).isEmpty()) {
                var rows = StageRows.counting(Stage.SELF, scores.ofUnit(periodCode, unit));
                totals.store(periodCode, unit, Stage.SELF,
                        liveTotals.of(period, framework, coreUnit, rows, Stage.SELF));
            }
        }
        return next;
    }

    @Transactional
    public int withdraw(Viewer who, String periodCode, String unit, int version) {
        Period period = context.period(periodCode);
        WorkflowPolicy.require(who, Action.WITHDRAW, context.situation(period, unit, null));
        int next = sheets.claim(periodCode, unit, version);
        sheets.changeState(periodCode, unit, SheetState.DRAFT, false);
        audit.change(who.username(), "sheet.withdraw", periodCode, unit, null, SheetState.SUBMITTED.name(),
                SheetState.DRAFT.name(), null);
        return next;
    }

    @Transactional
    public EvidenceFile attach(Viewer who, String periodCode, String unit, String node, String name, byte[] content) {
        Period period = context.period(periodCode);
        Node item = context.framework(period).node(node)
                .orElseThrow(() -> new NotFoundException("item " + node));
        WorkflowPolicy.require(who, Action.ADD_EVIDENCE, context.situation(period, unit, item));
        EvidenceFile f = evidence.attach(periodCode, unit, node, name, content, who.username());
        audit.change(who.username(), "evidence.add", periodCode, unit, node, null,
                f.name() + " (" + f.sha256().substring(0, 12) + ")", null);
        return f;
    }

    private static String codes(List<Node> nodes) {
        return nodes.stream().map(Node::code).collect(Collectors.joining(", "));
    }
}
