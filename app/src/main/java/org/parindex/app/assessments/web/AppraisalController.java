package org.parindex.app.assessments.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseBody;
import org.parindex.app.accounts.Access;
import org.parindex.app.assessments.Explanations;
import org.parindex.app.assessments.ItemInput;
import org.parindex.app.assessments.ScoreEntry;
import org.parindex.app.scores.Scores;
import org.parindex.app.shared.NotFoundException;
import org.parindex.app.assessments.internal.PeriodContext;
import org.parindex.app.audit.Audit;
import org.parindex.app.periods.Period;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.StageRows;
import org.parindex.core.framework.Node;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The council's actions on one unit (accept the rest of a field, ask for an explanation) and the item history. */
@Controller
@RequestMapping("/assessments/{period}/units/{unit}")
class AppraisalController {

    private final ScoreEntry entry;
    private final Explanations explanations;
    private final PeriodContext context;
    private final Scores scores;
    private final Audit audit;
    private final WorkflowMessages messages;

    AppraisalController(ScoreEntry entry, Explanations explanations, PeriodContext context, Scores scores, Audit audit, WorkflowMessages messages) {
        this.entry = entry;
        this.explanations = explanations;
        this.context = context;
        this.scores = scores;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * Every item of the field ({@code *}: of the whole sheet) with no points in the current round takes the points
     * that count so far.
     */
    @PostMapping("/accept")
    String acceptField(@PathVariable String period, @PathVariable String unit, @RequestParam String field,
                       @RequestParam int version, RedirectAttributes flash) {
        Access.requireUnit(unit);
        Period p = context.period(period);
        Stage stage = PeriodContext.stageOf(p.status());
        List<ScoreRow> rows = scores.ofUnit(period, unit);
        var framework = context.framework(p);
        List<Node> tops = "*".equals(field) ? framework.nodes()
                : List.of(framework.node(field).orElseThrow(() -> new NotFoundException("item " + field)));
        List<ItemInput> accept = new ArrayList<>();
        for (Node n : tops.stream().flatMap(t -> t.leaves(context.unit(p, unit).group()).stream()).toList()) {
            if (StageRows.exact(rows, n.code(), stage) == null) {
                ScoreRow before = StageRows.counting(stage, rows).stream().filter(r -> r.node().equals(n.code()))
                        .findFirst().orElse(null);
                if (before != null) {
                    accept.add(new ItemInput(n.code(), before.value(), ""));
                }
            }
        }
        var saved = entry.save(Access.viewer(), period, unit, version, accept, "accepted");
        flash.addFlashAttribute("info", messages.text("sheet.accepted", List.of(saved.changed())));
        return SheetController.redirect(period, unit);
    }

    @PostMapping("/ask")
    String ask(@PathVariable String period, @PathVariable String unit, @RequestParam String node,
               @RequestParam String question, RedirectAttributes flash) {
        explanations.ask(Access.viewer(), period, unit, node, question);
        flash.addFlashAttribute("info", messages.text("sheet.asked", List.of()));
        return SheetController.redirect(period, unit) + "#item-" + node;
    }

    /** The same question sent by the page without reloading it (nothing typed elsewhere on the page is lost). */
    @PostMapping(path = "/ask", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> askJson(@PathVariable String period, @PathVariable String unit,
                                                @RequestParam String node, @RequestParam String question) {
        return messages.json(() -> {
            explanations.ask(Access.viewer(), period, unit, node, question);
            return Map.of("message", messages.text("sheet.asked", List.of()), "question", question.strip());
        });
    }

    /** The same answer sent by the page without reloading it. */
    @PostMapping(path = "/answer", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> answerJson(@PathVariable String period, @PathVariable String unit,
                                                   @RequestParam long id, @RequestParam String answer) {
        Access.requireUnit(unit);
        return messages.json(() -> {
            explanations.answer(Access.viewer(), id, answer);
            return Map.of("message", messages.text("sheet.answered", List.of()), "answer", answer.strip());
        });
    }

    @PostMapping("/answer")
    String answer(@PathVariable String period, @PathVariable String unit, @RequestParam long id,
                  @RequestParam String answer, RedirectAttributes flash) {
        Access.requireUnit(unit);
        explanations.answer(Access.viewer(), id, answer);
        flash.addFlashAttribute("info", messages.text("sheet.answered", List.of()));
        return SheetController.redirect(period, unit);
    }

    @GetMapping("/items/{node}/history")
    String history(@PathVariable String period, @PathVariable String unit, @PathVariable String node, Model model) {
        Access.requireUnit(unit);
        Period p = context.period(period);
        model.addAttribute("period", p);
        model.addAttribute("unit", context.unit(p, unit));
        model.addAttribute("node", context.framework(p).node(node).orElseThrow(() -> new NotFoundException("item " + node)));
        model.addAttribute("changes", audit.history(period, unit, node));
        return "assessments/history";
    }
}
