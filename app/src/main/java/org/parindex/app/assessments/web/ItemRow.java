package org.parindex.app.assessments.web;

import java.util.List;
import org.parindex.app.assessments.Explanation;
import org.parindex.app.evidence.EvidenceFile;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NotApplicable;
import org.parindex.core.framework.Rule;

/** One line of a sheet: a field, a criterion or an item with what each stage holds for it. */
public record ItemRow(Node node, int depth, String field, Cell self, Cell round1, Cell last,
                      List<EvidenceFile> files, List<Explanation> explanations, boolean evidenceWarning) {

    /** A stage's value, note and the points core gave it ("" when not scored). */
    public record Cell(String value, String note, Double points) {
        static final Cell EMPTY = new Cell("", "", null);
    }

    public boolean leaf() {
        return node.isLeaf();
    }

    public String input() {
        Rule r = node.rule();
        return r == null ? "manual" : r.type();
    }

    public List<Rule.Option> options() {
        return node.rule() instanceof Rule.Choice c ? c.options() : List.of();
    }

    /** The step of a number input: the manual rule's step, whole occurrences, else any. */
    public String step() {
        if (node.rule() instanceof Rule.Manual m && m.step() != null) {
            return org.parindex.core.framework.Numbers.plain(m.step());
        }
        return node.rule() instanceof Rule.Count ? "1" : "any";
    }

    /** The largest value a number input takes: the maximum for points, none for rates and counts. */
    public String maxInput() {
        return node.rule() == null || node.rule() instanceof Rule.Manual
                ? org.parindex.core.framework.Numbers.plain(node.max()) : "";
    }

    /**
     * The message key of what to type in a number input: points up to the maximum (manual), a measured value that
     * core turns into points by the rule's scale (tiers, linear), or a number of occurrences (count).
     */
    public String hintKey() {
        Rule r = node.rule();
        if (r == null || r instanceof Rule.Manual) {
            return "sheet.hint.points";
        }
        if (r instanceof Rule.Count) {
            return "sheet.hint.count";
        }
        return r instanceof Rule.Tiers || r instanceof Rule.Linear ? "sheet.hint.measure" : null;
    }

    public boolean naAllowed() {
        return node.notApplicable() != NotApplicable.FORBIDDEN;
    }

    public boolean evidenceRequired() {
        return node.requiresEvidence();
    }

    /** A stored value as people read it, in their language: yes/no and NA in words, the option's label. */
    public String label(String value, org.thymeleaf.expression.Messages messages) {
        if (ScoreRow.NOT_APPLICABLE.equals(value)) {
            return messages.msg("sheet.na");
        }
        if (node.rule() instanceof Rule.YesNo && value != null && !value.isEmpty()
                && node.rule().check(value, node.max()).isEmpty()) {
            return messages.msg(node.rule().read(value, node.max()) > 0 ? "sheet.yes" : "sheet.no");
        }
        return label(value);
    }

    /** A stored value as people read it: the option's label, else as written. */
    public String label(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (node.rule() instanceof Rule.Choice c) {
            return c.options().stream().filter(o -> o.code().equals(value)).map(Rule.Option::label).findFirst()
                    .orElse(value);
        }
        return value;
    }

    public String points(Double p) {
        return p == null || p.isNaN() ? "" : org.parindex.core.text.Figures.points(p,
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    public String maxText() {
        return org.parindex.core.text.Figures.points(node.max(),
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    public boolean openExplanation() {
        return explanations.stream().anyMatch(e -> !e.isAnswered());
    }
}
