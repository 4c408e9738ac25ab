package org.parindex.app.assessments;

import java.util.List;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.assessments.internal.ExplanationRows;
import org.parindex.app.shared.NotFoundException;
import org.parindex.app.assessments.internal.PeriodContext;
import org.parindex.app.assessments.policy.Action;
import org.parindex.app.assessments.policy.Decision;
import org.parindex.app.assessments.policy.RefusedException;
import org.parindex.app.assessments.policy.WorkflowPolicy;
import org.parindex.app.audit.Audit;
import org.parindex.app.periods.Period;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appraisers ask a unit to explain chosen items in round 1; the unit answers while explanations are open. */
@Service
public class Explanations {

    private final PeriodContext context;
    private final ExplanationRows rows;
    private final Audit audit;

    Explanations(PeriodContext context, ExplanationRows rows, Audit audit) {
        this.context = context;
        this.rows = rows;
        this.audit = audit;
    }

    @Transactional
    public void ask(Viewer who, String periodCode, String unit, String node, String question) {
        Period period = context.period(periodCode);
        context.framework(period).node(node).orElseThrow(() -> new NotFoundException("item " + node));
        WorkflowPolicy.require(who, Action.ASK_EXPLANATION, context.situation(period, unit, null));
        if (question == null || question.isBlank()) {
            throw new RefusedException(Decision.refuse("questionRequired"));
        }
        ItemInput.requireAtMost(node, question, ItemInput.MAX_NOTE);
        rows.ask(periodCode, unit, node, question.strip(), who.username());
        audit.change(who.username(), "explanation.ask", periodCode, unit, node, null, question.strip(), null);
    }

    @Transactional
    public void answer(Viewer who, long id, String answer) {
        Explanation e = rows.find(id).orElseThrow(() -> new NotFoundException("explanation " + id));
        Period period = context.period(e.period());
        WorkflowPolicy.require(who, Action.ANSWER_EXPLANATION, context.situation(period, e.unit(), null));
        if (answer == null || answer.isBlank()) {
            throw new RefusedException(Decision.refuse("answerRequired"));
        }
        ItemInput.requireAtMost(e.node(), answer, ItemInput.MAX_NOTE);
        rows.answer(id, answer.strip(), who.username());
        audit.change(who.username(), "explanation.answer", e.period(), e.unit(), e.node(), e.answer(), answer.strip(),
                null);
    }

    @Transactional(readOnly = true)
    public List<Explanation> of(String period, String unit) {
        return rows.of(period, unit);
    }

    @Transactional(readOnly = true)
    public int unanswered(String period, String unit) {
        return rows.unanswered(period, unit);
    }
}
