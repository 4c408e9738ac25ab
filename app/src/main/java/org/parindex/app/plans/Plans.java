package org.parindex.app.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parindex.app.audit.Audit;
import org.parindex.app.evidence.EvidenceFile;
import org.parindex.app.evidence.EvidenceFiles;
import org.parindex.app.frameworks.Frameworks;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.Periods;
import org.parindex.app.plans.internal.PlanRows;
import org.parindex.app.shared.NotFoundException;
import org.parindex.app.units.Unit;
import org.parindex.app.units.Units;
import org.parindex.core.plans.ActionStatus;
import org.parindex.core.plans.PlanAction;
import org.parindex.core.plans.PlansCsv;
import org.parindex.core.problem.Problem;
import org.parindex.core.problem.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Improvement plans: after a period is published each unit writes actions (remedies linked to framework nodes) with
 * an owner, a due date, a status and progress notes. Every field is checked by core ({@link PlansCsv#action}) as a
 * row of the plans file would be; every change is an audit entry in the same transaction; a change made from an
 * out-of-date page is refused ({@code plans.stale}). Who may write is decided by the callers (Viewer#mayImprove).
 */
@Service
@Transactional(readOnly = true)
public class Plans {

    /** The form's fields: title, nodes (codes separated by ';'), owner, due (YYYY-MM-DD), status code. */
    public record Draft(String title, String nodes, String owner, String due, String status) { }

    static final String FORM = "form";
    /** The evidence store's node of a plan note's file: {@code plan:} and the action's code. */
    public static final String EVIDENCE_PREFIX = "plan:";

    private final PlanRows rows;
    private final Periods periods;
    private final Frameworks frameworks;
    private final Units units;
    private final Audit audit;
    private final EvidenceFiles evidence;

    Plans(PlanRows rows, Periods periods, Frameworks frameworks, Units units, Audit audit, EvidenceFiles evidence) {
        this.rows = rows;
        this.periods = periods;
        this.frameworks = frameworks;
        this.units = units;
        this.audit = audit;
        this.evidence = evidence;
    }

    /** A unit's actions in a period (every unit's when {@code unit} is null), by unit then as written. */
    public List<ActionView> of(String period, String unit) {
        LocalDate today = LocalDate.now();
        return rows.of(period, unit).stream().map(s -> view(s, today)).toList();
    }

    public ActionView find(long id) {
        return rows.find(id).map(s -> view(s, LocalDate.now())).orElseThrow(() -> new NotFoundException("action"));
    }

    /** The actions as core's plans file holds them (bundle export). */
    public List<PlanAction> export(String period) {
        return rows.of(period, null).stream().map(PlanRows.Stored::action).toList();
    }

    @Transactional
    public ActionView add(String period, String unit, Draft draft, String actor) {
        Period p = published(period);
        PlanAction a = check(p, unit, rows.nextCode(period, unit), draft);
        long id = rows.add(period, a, actor);
        audit.change(actor, "plan.action.add", period, unit, String.join(";", a.nodes()), null, describe(a), null);
        return find(id);
    }

    @Transactional
    public void update(long id, int version, Draft draft, String actor) {
        ActionView was = find(id);
        PlanAction a = check(published(was.period()), was.unit(), was.code(), draft);
        if (!rows.update(id, version, a, actor)) {
            throw new PlanRefused("plans.stale", List.of());
        }
        audit.change(actor, "plan.action.change", was.period(), was.unit(), String.join(";", a.nodes()),
                describe(was), describe(a), null);
    }

    /** Adds a progress note, with an evidence file when {@code content} is not empty (checked by the evidence store). */
    @Transactional
    public void note(long id, int version, String text, String fileName, byte[] content, String actor) {
        ActionView was = find(id);
        published(was.period());
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() || t.length() > PlansCsv.MAX_NOTE) {
            throw new PlanRefused("plans.note.length", List.of());
        }
        if (!rows.touch(id, version, actor)) {
            throw new PlanRefused("plans.stale", List.of());
        }
        Long file = null;
        if (content != null && content.length > 0) {
            // Filed under "plan:CODE", not under an item: a remedy's evidence is not evidence for the period's score.
            EvidenceFile f = evidence.attach(was.period(), was.unit(), EVIDENCE_PREFIX + was.code(), fileName, content,
                    actor);
            file = f.id();
        }
        rows.note(id, new PlanAction.Note(LocalDate.now(), t), file, actor);
        audit.change(actor, "plan.action.note", was.period(), was.unit(), String.join(";", was.nodes()), null,
                was.code() + ": " + t + (file == null ? "" : " [evidence " + file + "]"), null);
    }

    /** Replaces a period's plans with those of an imported bundle (already checked by core). */
    @Transactional
    public void replaceAll(String period, List<PlanAction> actions, String actor) {
        rows.deleteAll(period);
        actions.forEach(a -> rows.add(period, a, actor));
        audit.record(actor, "plan.import", period, actions.size() + " actions");
    }

    private Period published(String period) {
        Period p = periods.find(period).orElseThrow(() -> new NotFoundException("period"));
        if (!p.status().isPublished()) {
            throw new PlanRefused("plans.notPublished", List.of());
        }
        return p;
    }

    private PlanAction check(Period period, String unit, String code, Draft d) {
        Set<String> nodes = frameworks.byId(period.frameworkId()).orElseThrow().framework().byCode().keySet();
        Map<String, org.parindex.core.bundle.Unit> known = new HashMap<>();
        units.find(unit).map(Unit::toCore).ifPresent(u -> known.put(u.code(), u));
        Map<String, String> fields = new HashMap<>();
        fields.put("unit", unit);
        fields.put("action", code);
        fields.put("title", d.title());
        fields.put("nodes", d.nodes());
        fields.put("owner", d.owner());
        fields.put("due", d.due());
        fields.put("status", d.status() == null ? ActionStatus.PLANNED.code() : d.status());
        Problems problems = new Problems();
        PlanAction a = PlansCsv.action(fields, FORM, 0, known, nodes, problems);
        if (a == null) {
            List<String> messages = new ArrayList<>();
            problems.list().stream().map(Problem::message).forEach(messages::add);
            throw new PlanRefused("plans.invalid", messages);
        }
        return a;
    }

    private ActionView view(PlanRows.Stored s, LocalDate today) {
        PlanAction a = s.action();
        List<ActionView.Note> notes = new ArrayList<>();
        for (int i = 0; i < a.notes().size(); i++) {
            Long file = s.evidence().get(i);
            String name = file == null ? null : evidence.find(file).map(EvidenceFile::name).orElse(null);
            notes.add(new ActionView.Note(a.notes().get(i).date(), a.notes().get(i).text(), file, name,
                    s.writers().get(i)));
        }
        return new ActionView(s.id(), s.version(), s.period(), a.unit(), a.code(), a.title(), a.nodes(), a.owner(),
                a.due(), a.status().code(), a.isOverdue(today), notes);
    }

    private static String describe(ActionView a) {
        return a.code() + ": " + a.title() + " [" + String.join(";", a.nodes()) + "] " + a.owner() + " " + a.due() + " "
                + a.status();
    }

    private static String describe(PlanAction a) {
        return a.code() + ": " + a.title() + " [" + String.join(";", a.nodes()) + "] " + a.owner() + " " + a.due() + " "
                + a.status().code();
    }
}
