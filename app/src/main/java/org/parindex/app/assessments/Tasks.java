package org.parindex.app.assessments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.parindex.app.accounts.Access;
import org.parindex.app.accounts.Role;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.assessments.internal.Deadlines;
import org.parindex.app.assessments.internal.ExplanationRows;
import org.parindex.app.assessments.internal.OpenItems;
import org.parindex.app.assessments.internal.PeriodContext;
import org.parindex.app.assessments.internal.Sheets;
import org.parindex.app.assessments.policy.SheetState;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.PeriodStatus;
import org.parindex.app.periods.Periods;
import org.parindex.app.scores.Scores;
import org.parindex.core.framework.Framework;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the signed-in user must do next, shown on the home page: submit by…, answer N explanations, appraise N units. */
@Service("tasks")
public class Tasks {

    static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One thing to do: a message key with its arguments and the page where it is done. */
    public record Task(String key, List<Object> args, String link) { }

    /**
     * A unit's open work of a stage with its deadline (the unit's extension or the period's, null when none):
     * the self-assessment not yet submitted, or {@code open} explanations not yet answered.
     */
    public record Due(String period, String periodName, String unit, PeriodStatus stage, LocalDate due,
                      int open) {

        /** The unit's sheet, where the work is done. */
        public String link() {
            return "/assessments/" + period + "/units/" + unit;
        }
    }

    private final Periods periods;
    private final Sheets sheets;
    private final Deadlines deadlines;
    private final ExplanationRows explanations;
    private final PeriodContext context;
    private final Scores scores;

    Tasks(Periods periods, Sheets sheets, Deadlines deadlines, ExplanationRows explanations, PeriodContext context,
          Scores scores) {
        this.context = context;
        this.scores = scores;
        this.periods = periods;
        this.sheets = sheets;
        this.deadlines = deadlines;
        this.explanations = explanations;
    }

    @Transactional(readOnly = true)
    public List<Task> current() {
        return of(Access.viewer());
    }

    /**
     * Whether the signed-in user has work on the workflow pages (the menu shows them then): admins always; the
     * council and viewers (who read the sheets in progress) while a period is in the workflow; an officer while
     * their unit takes part in one.
     */
    @Transactional(readOnly = true)
    public boolean hasWork() {
        Viewer who = Access.viewer();
        if (who.isAnonymous()) {
            return false;
        }
        if (who.is(Role.ADMIN)) {
            return true;
        }
        return periods.all().stream().anyMatch(p -> p.status() != PeriodStatus.DRAFT && !p.status().isClosed()
                && (who.is(Role.APPRAISER) || who.is(Role.VIEWER)
                || who.is(Role.UNIT_OFFICER) && p.unitCodes().contains(who.unitCode())));
    }

    @Transactional(readOnly = true)
    public List<Task> of(Viewer who) {
        List<Task> out = new ArrayList<>();
        if (who.isAnonymous()) {
            return out;
        }
        for (Period p : periods.all()) {
            if (p.status() == PeriodStatus.DRAFT || p.status().isClosed() && !who.is(Role.ADMIN)) {
                continue;
            }
            if (who.is(Role.UNIT_OFFICER) && p.unitCodes().contains(who.unitCode())) {
                officer(p, who.unitCode(), out);
            } else if (who.is(Role.APPRAISER) || who.is(Role.ADMIN)) {
                council(p, who, out);
            }
        }
        return out;
    }

    private void officer(Period p, String unit, List<Task> out) {
        Due work = openWork(p, unit, () -> sheets.get(p.code(), unit).state(),
                () -> explanations.unanswered(p.code(), unit),
                () -> deadlines.extension(p.code(), unit, p.status()).orElse(null));
        if (work == null) {
            return;
        }
        String due = work.due() == null ? null : work.due().format(DATE);
        if (work.stage() == PeriodStatus.SELF_ASSESSMENT) {
            out.add(due == null ? new Task("work.continue", List.of(p.name()), work.link())
                    : new Task("work.submitBy", List.of(p.name(), due), work.link()));
        } else {
            out.add(new Task("work.answer", List.of(work.open(), p.name(), due == null ? "—" : due), work.link()));
        }
    }

    /**
     * Every unit's open work whose deadline falls from {@code today} to {@code days} days later, both included
     * (what deadline reminders are sent for). A period's sheets, unanswered explanations and extensions are read
     * once for all its units.
     */
    @Transactional(readOnly = true)
    public List<Due> dueWithin(LocalDate today, int days) {
        List<Due> out = new ArrayList<>();
        for (Period p : periods.all()) {
            if (p.status() != PeriodStatus.SELF_ASSESSMENT && p.status() != PeriodStatus.EXPLANATIONS) {
                continue;
            }
            Map<String, SheetState> states = sheets.of(p.code()).stream()
                    .collect(Collectors.toMap(Sheet::unit, Sheet::state));
            Map<String, Integer> unanswered = explanations.unanswered(p.code());
            Map<String, LocalDate> extensions = deadlines.extensions(p.code(), p.status());
            for (String unit : p.unitCodes()) {
                Due work = openWork(p, unit, () -> states.getOrDefault(unit, SheetState.DRAFT),
                        () -> unanswered.getOrDefault(unit, 0), () -> extensions.get(unit));
                if (work != null && work.due() != null && !work.due().isBefore(today)
                        && !work.due().isAfter(today.plusDays(days))) {
                    out.add(work);
                }
            }
        }
        return out;
    }

    /**
     * The unit's open work in the period's current stage, or null when it has none: the one rule of the home page's
     * tasks and of the reminders. The sheet, the explanations and the extension are asked for only when they matter.
     */
    private static Due openWork(Period p, String unit, Supplier<SheetState> sheet, IntSupplier unanswered,
                                Supplier<LocalDate> extension) {
        int open = 0;
        if (p.status() == PeriodStatus.EXPLANATIONS) {
            open = unanswered.getAsInt();
            if (open == 0) {
                return null;
            }
        } else if (p.status() != PeriodStatus.SELF_ASSESSMENT || sheet.get() != SheetState.DRAFT) {
            return null;
        }
        LocalDate granted = extension.get();
        return new Due(p.code(), p.name(), unit, p.status(),
                granted != null ? granted : Deadlines.ofPeriod(p, p.status()), open);
    }

    private void council(Period p, Viewer who, List<Task> out) {
        String link = "/assessments/" + p.code();
        if (p.status().isAppraisal()) {
            Framework framework = context.framework(p);
            long left = p.unitCodes().stream().filter(u -> OpenItems.count(p, framework, context.unit(p, u).group(),
                    scores.ofUnit(p.code(), u)) > 0).count();
            if (left > 0) {
                out.add(new Task("work.appraise", List.of(left, p.name()), link));
            }
        } else if (who.is(Role.ADMIN) && p.status() != PeriodStatus.PUBLISHED) {
            out.add(new Task("work.manage", List.of(p.name()), link));
        }
    }
}
