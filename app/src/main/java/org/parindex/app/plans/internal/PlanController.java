package org.parindex.app.plans.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parindex.app.accounts.Access;
import org.parindex.app.accounts.Role;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.evidence.RejectedFileException;
import org.parindex.app.frameworks.Frameworks;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.Periods;
import org.parindex.app.plans.ActionView;
import org.parindex.app.plans.PlanRefused;
import org.parindex.app.plans.Plans;
import org.parindex.app.results.Analysis;
import org.parindex.app.shared.NotFoundException;
import org.parindex.app.units.Unit;
import org.parindex.app.units.Units;
import org.parindex.core.framework.Node;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A unit's improvement plan (its officer writes it, the council and viewers read it) and the council's view of
 * every unit's plan with the overdue actions. A refused change shows the page again with what was typed.
 */
@Controller
class PlanController {

    static final int STARTING_POINTS = 5;

    private final Plans plans;
    private final Periods periods;
    private final Units units;
    private final Frameworks frameworks;
    private final Analysis analysis;

    PlanController(Plans plans, Periods periods, Units units, Frameworks frameworks, Analysis analysis) {
        this.plans = plans;
        this.periods = periods;
        this.units = units;
        this.frameworks = frameworks;
        this.analysis = analysis;
    }

    @GetMapping("/plans/{period}")
    String council(@PathVariable String period, Model model) {
        Viewer viewer = Access.viewer();
        if (viewer.is(Role.UNIT_OFFICER)) {
            return "redirect:/plans/" + period + "/units/" + viewer.unitCode();
        }
        if (!viewer.isCouncil() && !viewer.is(Role.VIEWER)) {
            throw new AccessDeniedException("every unit's plan is for the council");
        }
        Period p = period(period);
        List<ActionView> all = plans.of(period, null);
        Map<String, List<ActionView>> byUnit = new LinkedHashMap<>();
        all.forEach(a -> byUnit.computeIfAbsent(a.unit(), u -> new java.util.ArrayList<>()).add(a));
        model.addAttribute("period", p);
        model.addAttribute("byUnit", byUnit);
        model.addAttribute("overdue", all.stream().filter(ActionView::overdue).toList());
        model.addAttribute("names", names());
        model.addAttribute("takingPart", p.unitCodes());
        return "plans/period";
    }

    @GetMapping("/plans/{period}/units/{unit}")
    String unit(@PathVariable String period, @PathVariable String unit, Model model) {
        return page(period, unit, model, null, null, null);
    }

    @PostMapping("/plans/{period}/units/{unit}/actions")
    String add(@PathVariable String period, @PathVariable String unit, Plans.Draft draft, Model model,
               HttpServletResponse response) {
        requireWriter(unit);
        try {
            plans.add(period, unit, draft, Access.viewer().username());
        } catch (PlanRefused e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(period, unit, model, e, draft, null);
        }
        return "redirect:/plans/" + period + "/units/" + unit;
    }

    @PostMapping("/plans/actions/{id}")
    String update(@PathVariable long id, @RequestParam int version, Plans.Draft draft, Model model,
                  HttpServletResponse response) {
        ActionView a = plans.find(id);
        requireWriter(a.unit());
        try {
            plans.update(id, version, draft, Access.viewer().username());
        } catch (PlanRefused e) {
            response.setStatus(e.key().equals("plans.stale") ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            return page(a.period(), a.unit(), model, e, draft, id);
        }
        return "redirect:/plans/" + a.period() + "/units/" + a.unit() + "#action-" + id;
    }

    @PostMapping("/plans/actions/{id}/notes")
    String note(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String text,
                @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        ActionView a = plans.find(id);
        requireWriter(a.unit());
        try {
            byte[] content = file == null ? null : file.getBytes();
            plans.note(id, version, text, file == null ? null : file.getOriginalFilename(), content,
                    Access.viewer().username());
        } catch (PlanRefused e) {
            response.setStatus(e.key().equals("plans.stale") ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("noteText", text);
            return page(a.period(), a.unit(), model, e, null, id);
        } catch (RejectedFileException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("noteText", text);
            model.addAttribute("fileRefused", e);
            return page(a.period(), a.unit(), model, null, null, id);
        }
        return "redirect:/plans/" + a.period() + "/units/" + a.unit() + "#action-" + id;
    }

    private String page(String period, String unit, Model model, PlanRefused refused, Plans.Draft draft, Long target) {
        Access.requireUnit(unit);
        Period p = period(period);
        Viewer viewer = Access.viewer();
        if (!p.status().isPublished() && !viewer.maySeeResults(false)) {
            throw new AccessDeniedException("plans follow publication");
        }
        Unit u = units.find(unit).orElseThrow(() -> new NotFoundException("unit"));
        var locale = LocaleContextHolder.getLocale();
        List<ActionView> actions = plans.of(period, unit);
        Map<Long, Object> progress = new LinkedHashMap<>();
        actions.forEach(a -> analysis.progress(unit, period, a.nodes()).ifPresent(pr -> progress.put(a.id(), pr)));
        model.addAttribute("period", p);
        model.addAttribute("unit", u);
        model.addAttribute("actions", actions);
        model.addAttribute("progress", progress);
        model.addAttribute("nodeNames", nodeNames(p));
        model.addAttribute("start", analysis.startingPoints(unit, period, STARTING_POINTS, locale).orElse(null));
        model.addAttribute("mayWrite", viewer.mayImprove(unit) && p.status().isPublished());
        model.addAttribute("refused", refused);
        model.addAttribute("draft", draft);
        model.addAttribute("target", target);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("viewer", viewer);
        return "plans/unit";
    }

    private void requireWriter(String unit) {
        if (!Access.viewer().mayImprove(unit)) {
            throw new AccessDeniedException("a plan is written by the unit's officer and the council");
        }
    }

    private Period period(String code) {
        return periods.find(code).orElseThrow(() -> new NotFoundException("period"));
    }

    private Map<String, String> nodeNames(Period p) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Node n : frameworks.byId(p.frameworkId()).orElseThrow().framework().allNodes()) {
            out.put(n.code(), n.name());
        }
        return out;
    }

    private Map<String, String> names() {
        Map<String, String> out = new LinkedHashMap<>();
        units.all().stream().sorted((a, b) -> Units.VIETNAMESE.compare(a.name(), b.name()))
                .forEach(u -> out.put(u.code(), u.name()));
        return out;
    }
}
