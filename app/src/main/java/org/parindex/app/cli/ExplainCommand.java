package org.parindex.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.parindex.core.analysis.IndexChange;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.framework.Numbers;
import org.parindex.core.history.BundleResults;
import org.parindex.core.text.Figures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Why a unit's index and rank changed since the previous period it (or its predecessors) took part in. */
@Command(name = "explain", description = {"Why a unit's index and rank changed since the previous period, field by field.",
        "The previous period is the latest in which the unit, or the units merged into it, took part. Each field "
        + "contributes in index points (the field's share of the index "
        + "now less before; a field of only one period contributes its whole share), adding up exactly to the change "
        + "as displayed; the rank change, who passed the unit and whom it passed.",
        "Holding the index within 0..100 (capAt100) is a line of its own; deductions are fields with a negative share.",
        "json: unit, period, previous, before, after, indexDelta, rankGain, contributions (node, name, before, after, "
                + "value), held, passedBy and passed (unit, name, rankBefore, rankAfter, indexDelta, largest)."})
class ExplainCommand implements Callable<Integer> {

    @Mixin
    BundleArgs args;

    @Mixin
    UnitArgs target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Locale locale = target.locale();
        Bundle bundle = args.readForScoring();
        Period p = BundleArgs.period(bundle, target.period);
        BundleResults results = BundleResults.of(bundle);
        BundleArgs.requireUnit(bundle, results.result(p.code()), target.unit, p.code());
        IndexChange change = IndexChange.of(results, p.code(), target.unit);
        int d = results.result(p.code()).framework().decimals();
        PrintWriter out = spec.commandLine().getOut();
        out.print(target.json() ? Json.write(json(change, d)) + "\n" : table(bundle, change,
                results.result(p.code()).size(), d, locale));
        out.flush();
        return 0;
    }

    private static ObjectNode json(IndexChange c, int d) {
        ObjectNode o = Json.object();
        o.put("unit", c.after().unit().code());
        o.put("period", c.period().code());
        o.put("previous", c.previous().code());
        ObjectNode before = o.putObject("before");
        before.put("index", Numbers.round(c.before().index(), d));
        before.put("rank", c.before().rank());
        before.put("of", c.before().size());
        ArrayNode via = before.putArray("units");
        c.before().units().forEach(u -> via.add(u.unit().code()));
        ObjectNode after = o.putObject("after");
        after.put("index", Numbers.round(c.after().index(), d));
        after.put("rank", c.after().rank());
        o.put("indexDelta", Numbers.round(c.after().index(), d).subtract(Numbers.round(c.before().index(), d)));
        o.put("rankGain", c.rankGain());
        List<BigDecimal> rounded = c.rounded(d);
        ArrayNode contributions = o.putArray("contributions");
        for (int i = 0; i < c.contributions().size(); i++) {
            IndexChange.Contribution x = c.contributions().get(i);
            ObjectNode n = contributions.addObject();
            n.put("node", x.node().code());
            n.put("name", x.node().name());
            n.put("before", Numbers.round(x.before(), d));
            n.put("after", Numbers.round(x.after(), d));
            n.put("value", rounded.get(i));
        }
        o.put("held", rounded.get(rounded.size() - 1));
        movers(o.putArray("passedBy"), c.passedBy(), d);
        movers(o.putArray("passed"), c.passed(), d);
        return o;
    }

    private static void movers(ArrayNode array, List<IndexChange.Mover> movers, int d) {
        for (IndexChange.Mover m : movers) {
            ObjectNode n = array.addObject();
            n.put("unit", m.unit().unit().code());
            n.put("name", m.unit().unit().name());
            n.put("rankBefore", m.before().rank());
            n.put("rankAfter", m.unit().rank());
            n.put("indexDelta", Numbers.round(m.indexDelta(), d));
            ArrayNode largest = n.putArray("largest");
            for (IndexChange.Contribution x : m.largest()) {
                largest.addObject().put("node", x.node().code()).put("value", Numbers.round(x.value(), d));
            }
        }
    }

    private static String table(Bundle bundle, IndexChange c, int of, int d, Locale locale) {
        boolean vi = Figures.isVietnamese(locale);
        StringBuilder out = new StringBuilder();
        if (bundle.demo()) {
            out.append(UnitArgs.demoBanner(locale));
        }
        String name = c.after().unit().name();
        out.append(name).append(" — ").append(c.period().name()).append(vi ? " so với " : " compared with ")
                .append(c.previous().name()).append('\n');
        if (!c.before().isOwn()) {
            out.append(vi ? "Trước khi sáp nhập: bình quân chỉ số và thứ hạng cao nhất của " : "Before the merger: the mean "
                    + "index and best rank of ").append(String.join(", ", c.before().units().stream()
                    .map(u -> u.unit().name()).toList())).append('\n');
        }
        List<BigDecimal> rounded = c.rounded(d);
        BigDecimal delta = rounded.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        out.append(vi ? "Chỉ số: " : "Index: ").append(Figures.percent(c.before().index(), d, locale)).append(" → ")
                .append(Figures.percent(c.after().index(), d, locale)).append(" (")
                .append(Signed.of(delta.doubleValue(), d, locale)).append(vi ? " điểm phần trăm)\n" : " points)\n");
        out.append(vi ? "Thứ hạng: " : "Rank: ").append(c.before().rank()).append('/').append(c.before().size())
                .append(" → ").append(c.after().rank()).append('/').append(of)
                .append(" (").append(rankWords(c.rankGain(), vi)).append(")\n\n");
        out.append(vi ? "Đóng góp của từng lĩnh vực vào thay đổi (điểm phần trăm của chỉ số):\n"
                : "Contribution of each field to the change (index points):\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(vi ? new String[] {"Mã", "Lĩnh vực", "Trước", "Nay", "Đóng góp"}
                : new String[] {"Code", "Field", "Before", "Now", "Contribution"});
        for (int i = 0; i < c.contributions().size(); i++) {
            IndexChange.Contribution x = c.contributions().get(i);
            rows.add(new String[] {x.node().code(), x.node().name(), Figures.number(x.before(), d, locale),
                    Figures.number(x.after(), d, locale), Signed.of(rounded.get(i).doubleValue(), d, locale)});
        }
        BigDecimal held = rounded.get(rounded.size() - 1);
        if (held.signum() != 0) {
            rows.add(new String[] {"", vi ? "Giới hạn chỉ số trong 0–100%" : "Index held within 0–100", "", "",
                    Signed.of(held.doubleValue(), d, locale)});
        }
        rows.add(new String[] {"", vi ? "Cộng" : "Total", Figures.number(c.before().index(), d, locale),
                Figures.number(c.after().index(), d, locale), Signed.of(delta.doubleValue(), d, locale)});
        out.append(ScoreTable.layout(rows, Set.of(0, 1)));
        movers(out, vi ? "\nVượt lên trên " + name + ":\n" : "\nPassed " + name + ":\n", c.passedBy(), d, locale, vi);
        movers(out, vi ? "\n" + name + " vượt qua:\n" : "\n" + name + " passed:\n", c.passed(), d, locale, vi);
        return out.toString();
    }

    private static void movers(StringBuilder out, String heading, List<IndexChange.Mover> movers, int d, Locale locale,
                               boolean vi) {
        out.append(heading);
        if (movers.isEmpty()) {
            out.append(vi ? "- không có\n" : "- none\n");
        }
        for (IndexChange.Mover m : movers) {
            List<String> largest = m.largest().stream()
                    .map(x -> (vi ? "lĩnh vực " : "field ") + x.node().code() + " " + Signed.of(x.value(), d, locale))
                    .toList();
            out.append("- ").append(m.unit().unit().name()).append(": ").append(m.before().rank()).append(" → ")
                    .append(m.unit().rank()).append(vi ? ", chỉ số " : ", index ")
                    .append(Signed.of(m.indexDelta(), d, locale))
                    .append(largest.isEmpty() ? "" : (vi ? "; đóng góp lớn nhất: " : "; largest: ")
                            + String.join(", ", largest)).append('\n');
        }
    }

    private static String rankWords(int gain, boolean vi) {
        if (gain == 0) {
            return vi ? "giữ nguyên" : "unchanged";
        }
        return vi ? (gain > 0 ? "tăng " : "giảm ") + Math.abs(gain) + " bậc"
                : (gain > 0 ? "up " : "down ") + Math.abs(gain);
    }
}
