package org.parindex.app.assessments.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parindex.app.accounts.Access;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.assessments.ItemInput;
import org.parindex.app.assessments.ScoreEntry;
import org.parindex.app.assessments.SheetWorkflow;
import org.parindex.app.assessments.Totals;
import org.parindex.app.assessments.internal.PeriodContext;
import org.parindex.app.evidence.EvidenceFile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A unit's sheet: the officer's self-assessment grid and the council's side-by-side appraisal. */
@Controller
@RequestMapping("/assessments/{period}/units/{unit}")
class SheetController {

    private final SheetPages pages;
    private final ScoreEntry entry;
    private final SheetWorkflow workflow;
    private final PeriodContext context;
    private final WorkflowMessages messages;

    SheetController(SheetPages pages, ScoreEntry entry, SheetWorkflow workflow, PeriodContext context,
                    WorkflowMessages messages) {
        this.pages = pages;
        this.entry = entry;
        this.workflow = workflow;
        this.context = context;
        this.messages = messages;
    }

    @GetMapping
    String sheet(@PathVariable String period, @PathVariable String unit, Model model) {
        Access.requireUnit(unit);
        model.addAttribute("page", pages.build(Access.viewer(), period, unit));
        model.addAttribute("fed", pages.fed(period, unit));
        return "assessments/sheet";
    }

    /** Saves the typed values of the editable column; {@code v.CODE} is a value, {@code n.CODE} a note. */
    @PostMapping("/save")
    String save(@PathVariable String period, @PathVariable String unit, @RequestParam int version,
                @RequestParam Map<String, String> form, RedirectAttributes flash) {
        Access.requireUnit(unit);
        var saved = entry.save(Access.viewer(), period, unit, version, inputs(form), null);
        flash.addFlashAttribute("info", messages.text("sheet.saved", List.of(saved.changed())));
        return redirect(period, unit);
    }

    /** The totals as they would be with the typed values, computed by core; nothing is saved. */
    @PostMapping("/preview")
    @ResponseBody
    Map<String, Object> preview(@PathVariable String period, @PathVariable String unit,
                                @RequestParam Map<String, String> form) {
        Access.requireUnit(unit);
        var stage = PeriodContext.stageOf(context.period(period).status());
        Totals t = entry.preview(period, unit, stage, inputs(form));
        Map<String, Object> nodes = new LinkedHashMap<>();
        t.nodes().forEach((code, n) -> nodes.put(code, Map.of("points", finite(n.points()),
                "percent", finite(n.percent()))));
        return Map.of("points", t.points(), "maximum", t.maximum(), "index", t.index(), "band", t.band(),
                "nodes", nodes);
    }

    @PostMapping("/submit")
    String submit(@PathVariable String period, @PathVariable String unit, @RequestParam int version,
                  RedirectAttributes flash) {
        workflow.submit(Access.viewer(), period, unit, version);
        flash.addFlashAttribute("info", messages.text("sheet.submitted", List.of()));
        return redirect(period, unit);
    }

    @PostMapping("/withdraw")
    String withdraw(@PathVariable String period, @PathVariable String unit, @RequestParam int version,
                    RedirectAttributes flash) {
        workflow.withdraw(Access.viewer(), period, unit, version);
        flash.addFlashAttribute("info", messages.text("sheet.withdrawn", List.of()));
        return redirect(period, unit);
    }

    @PostMapping("/evidence")
    String upload(@PathVariable String period, @PathVariable String unit, @RequestParam String node,
                  @RequestParam("files") List<MultipartFile> files, RedirectAttributes flash) throws IOException {
        Access.requireUnit(unit);
        Viewer who = Access.viewer();
        int n = 0;
        for (MultipartFile f : files) {
            if (f.getOriginalFilename() != null && !f.getOriginalFilename().isEmpty()) {
                workflow.attach(who, period, unit, node, f.getOriginalFilename(), f.getBytes());
                n++;
            }
        }
        if (n == 0) {
            flash.addFlashAttribute("error", messages.text("sheet.noFileChosen", List.of()));
        } else {
            flash.addFlashAttribute("info", messages.text("sheet.uploaded", List.of(n)));
        }
        return redirect(period, unit) + "#item-" + node;
    }

    /**
     * One file dropped on an item's evidence zone (the page sends each file of a drop on its own): the same checks
     * as {@link #upload}, answered in JSON so the page shows each file's result.
     */
    @PostMapping(path = "/evidence/one", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> uploadOne(@PathVariable String period, @PathVariable String unit,
                                                  @RequestParam String node, @RequestParam("file") MultipartFile file)
            throws IOException {
        Access.requireUnit(unit);
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        byte[] bytes = file.getBytes();
        ResponseEntity<Map<String, Object>> answer = messages.json(() -> {
            EvidenceFile f = workflow.attach(Access.viewer(), period, unit, node, name, bytes);
            return Map.of("id", f.id(), "name", f.name(), "type", f.contentType(),
                    "preview", f.previewable(), "message", messages.text("sheet.uploadedOne", List.of(f.name())));
        });
        if (answer.getStatusCode().isError()) {
            Map<String, Object> body = new LinkedHashMap<>(answer.getBody());
            body.put("name", name);
            return ResponseEntity.status(answer.getStatusCode()).body(body);
        }
        return answer;
    }

    /** The typed items: {@code v.CODE} is a value, {@code na.CODE} ("did not arise", ticked) makes it NA. */
    static List<ItemInput> inputs(Map<String, String> form) {
        java.util.Set<String> nodes = new java.util.LinkedHashSet<>();
        form.keySet().forEach(key -> {
            if (key.startsWith("v.")) {
                nodes.add(key.substring(2));
            } else if (key.startsWith("na.")) {
                nodes.add(key.substring(3));
            }
        });
        List<ItemInput> out = new ArrayList<>();
        for (String node : nodes) {
            String value = form.containsKey("na." + node) ? "NA" : form.getOrDefault("v." + node, "");
            out.add(new ItemInput(node, value, form.getOrDefault("n." + node, "")));
        }
        return out;
    }

    static String redirect(String period, String unit) {
        return "redirect:/assessments/" + period + "/units/" + unit;
    }

    private static Object finite(double v) {
        return Double.isFinite(v) ? v : "";
    }
}
