package org.parindex.app.assessments.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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
        model.addAttribute("frameworks", frameworks.all());
        model.addAttribute("units", units.all().stream().filter(u -> u.validTo() == null).toList());
        return "assessments/work";
    }

    @PostMapping("/assessments/open")
    String open(@RequestParam String code, @RequestParam String name, @RequestParam long framework,
                @RequestParam List<String> units, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate selfDue,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate round1Due,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate explanationsDue,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate round2Due) {
        lifecycle.open(Access.viewer(), code.strip(), name.strip(), framework, units, selfDue, explanationsDue,
                round1Due, round2Due);
        return "redirect:/assessments/" + code.strip();
    }

    @GetMapping("/assessments/{period}")
    String period(@PathVariable String period, Model model) {
        Period p = lifecycle.forCouncil(Access.viewer(), period);
        model.addAttribute("period", p);
        model.addAttribute("rows", queue.of(p));
        model.addAttribute("next", p.nextStatus());
        model.addAttribute("versions", lifecycle.publishedVersions(period));
        return "assessments/period";
    }

    @PostMapping("/assessments/{period}/{step:advance|lock|publish|reopen}")
    String step(@PathVariable String period, @PathVariable String step, @RequestParam int version,
                @RequestParam(required = false) String reason, RedirectAttributes flash) {
        var who = Access.viewer();
        switch (step) {
            case "advance" -> lifecycle.advance(who, period, version);
            case "lock" -> lifecycle.lock(who, period, version);
            case "publish" -> lifecycle.publish(who, period, version);
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
