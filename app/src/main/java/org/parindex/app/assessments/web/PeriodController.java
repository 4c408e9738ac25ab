package org.parindex.app.assessments.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parindex.app.assessments.PeriodDraft;
import org.parindex.app.frameworks.FrameworkVersion;
import org.parindex.app.accounts.Access;
import org.parindex.app.accounts.Role;
import org.parindex.app.assessments.PeriodLifecycle;
import org.parindex.app.assessments.internal.PeriodContext;
import org.parindex.app.audit.Audit;
import org.parindex.app.audit.ItemChange;
import org.parindex.app.frameworks.Frameworks;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.PeriodStatus;
import org.parindex.app.periods.Periods;
import org.parindex.app.units.Units;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The periods in the workflow: open one, the queue of units, the stages, deadlines, publication and audit log. */
@Controller
class PeriodController {

    private final Periods periods;
    private final Frameworks frameworks;
    private final Units units;
    private final PeriodLifecycle lifecycle;
    private final Queue queue;
    private final Audit audit;
    private final WorkflowMessages messages;

    PeriodController(Periods periods, Frameworks frameworks, Units units, PeriodLifecycle lifecycle, Queue queue,
                     Audit audit, WorkflowMessages messages) {
        this.periods = periods;
        this.frameworks = frameworks;
        this.units = units;
        this.lifecycle = lifecycle;
        this.queue = queue;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/assessments")
    String work(Model model) {
        var who = Access.viewer();
        if (who.is(Role.UNIT_OFFICER)) {
            model.addAttribute("periods", periods.all().stream().filter(p -> p.status() != PeriodStatus.DRAFT
                    && p.unitCodes().contains(who.unitCode())).toList());
        } else {
            model.addAttribute("periods", periods.all());
        }
        var all = frameworks.all();
        model.addAttribute("frameworks", all);
        model.addAttribute("units", units.all().stream().filter(u -> u.validTo() == null).toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PeriodDraft("", "", newest(all), List.of(), null, null, null, null,
                    List.of()));
        }
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
        }
        return "assessments/work";
    }

    /** The newest framework version (the last imported), which a new period most likely uses. */
    private static Long newest(List<FrameworkVersion> all) {
        return all.stream().max(Comparator.comparingLong(FrameworkVersion::id)).map(FrameworkVersion::id).orElse(null);
    }

    /**
     * Opens a period; every problem is shown beside its field with what was typed kept (400), nothing is stored.
     * Parameters are read as text and bounded so that no input ends in a 500 or an empty form.
     */
    @PostMapping("/assessments/open")
    Object open(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                @RequestParam(required = false) String framework,
                @RequestParam(required = false) List<String> units, @RequestParam(required = false) String selfDue,
                @RequestParam(required = false) String round1Due,
                @RequestParam(required = false) String explanationsDue,
                @RequestParam(required = false) String round2Due, Model model) {
        List<String> bad = new ArrayList<>();
        PeriodDraft draft = new PeriodDraft(cut(code, 200), cut(name, 1000), number(framework),
                units == null ? List.of() : units.stream().map(u -> cut(u, 200)).toList(),
                date("selfDue", selfDue, bad), date("round1Due", round1Due, bad),
                date("explanationsDue", explanationsDue, bad), date("round2Due", round2Due, bad), bad);
        Map<String, String> problems = new LinkedHashMap<>();
        lifecycle.problems(Access.viewer(), draft).forEach((field, d) -> problems.put(field, messages.text(d.reason(), d.args())));
        if (problems.isEmpty()) {
            lifecycle.open(Access.viewer(), draft);
            return "redirect:/assessments/" + draft.code();
        }
        model.addAttribute("form", draft);
        model.addAttribute("problems", problems);
        work(model);
        return new org.springframework.web.servlet.ModelAndView("assessments/work", model.asMap(),
                org.springframework.http.HttpStatus.BAD_REQUEST);
    }

    /** Deletes a period that is still a draft (nothing was scored in it). */
    @PostMapping("/assessments/{period}/delete")
    String delete(@PathVariable String period, @RequestParam int version, RedirectAttributes flash) {
        lifecycle.deleteDraft(Access.viewer(), period, version);
        flash.addFlashAttribute("info", messages.text("manage.deleted", List.of(period)));
        return "redirect:/assessments";
    }

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() > max ? text.substring(0, max) : text;
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() || text.length() > 19 ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String field, String text, List<String> bad) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() > 10) {
                bad.add(field);
                return null;
            }
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            bad.add(field);
            return null;
        }
    }

    @GetMapping("/assessments/{period}")
    String period(@PathVariable String period, Model model) {
        Period p = lifecycle.forCouncil(Access.viewer(), period);
        model.addAttribute("period", p);
        model.addAttribute("rows", queue.of(p));
        model.addAttribute("next", p.nextStatus());
        model.addAttribute("versions", lifecycle.publishedVersions(period));
        model.addAttribute("open", lifecycle.openWork(period));
        return "assessments/period";
    }

    @PostMapping("/assessments/{period}/{step:advance|lock|publish|reopen}")
    String step(@PathVariable String period, @PathVariable String step, @RequestParam int version,
                @RequestParam(required = false) String reason, @RequestParam(required = false) String confirm,
                @RequestParam(required = false) String leaveOutReason, RedirectAttributes flash) {
        var who = Access.viewer();
        boolean confirmed = "yes".equals(confirm);
        switch (step) {
            case "advance" -> lifecycle.advance(who, period, version, confirmed);
            case "lock" -> lifecycle.lock(who, period, version, confirmed);
            case "publish" -> lifecycle.publish(who, period, version, confirmed, leaveOutReason);
            default -> lifecycle.reopen(who, period, version, reason);
        }
        flash.addFlashAttribute("info", messages.text("manage.done",
                List.of(periods.find(period).orElseThrow().status())));
        return "redirect:/assessments/" + period;
    }

    @PostMapping("/assessments/{period}/extend")
    String extend(@PathVariable String period, @RequestParam String unit,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
                  @RequestParam String reason, RedirectAttributes flash) {
        lifecycle.extend(Access.viewer(), period, unit, due, reason);
        flash.addFlashAttribute("info", messages.text("manage.extended", List.of(unit, due)));
        return "redirect:/assessments/" + period;
    }

    @GetMapping("/assessments/{period}/audit")
    Object audit(@PathVariable String period, @RequestParam(required = false) String unit,
                 @RequestParam(required = false) String node, @RequestParam(required = false) String actor,
                 @RequestParam(required = false) String format, Model model) {
        if (!Access.viewer().is(Role.ADMIN)) {
            throw new AccessDeniedException("the audit log is for admins");
        }
        Period p = periods.find(period).orElseThrow(() -> new org.parindex.app.shared.NotFoundException(
                "period " + period));
        List<ItemChange> changes = audit.filter(period, unit, node, actor, 5000);
        if ("csv".equals(format)) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-" + period + ".csv\"")
                    .body(AuditCsv.of(changes));
        }
        model.addAttribute("period", p);
        model.addAttribute("changes", changes);
        return "assessments/audit";
    }
}
