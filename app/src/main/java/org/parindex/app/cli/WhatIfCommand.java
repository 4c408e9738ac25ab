package org.parindex.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.parindex.core.analysis.WhatIf;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.framework.Numbers;
import org.parindex.core.text.Figures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A unit's result with some values replaced, every other unit unchanged. */
@Command(name = "whatif", description = {"A unit's index, band, field %% and rank with some items' values replaced.",
        "Every other unit is unchanged; the difference from the actual result is shown.",
        "Values are written as in the scores file (yes/no, an option's code, a number, NA) and checked by the item's "
                + "rule; a refused value is bad input.",
        "json: unit, period, set (node -> value), actual and whatIf (index, band, rank, fields), indexDelta, rankGain."})
class WhatIfCommand implements Callable<Integer> {

    @Mixin
    BundleArgs args;

    @Mixin
    UnitArgs target;

    @Option(names = {"-s", "--set"}, required = true, paramLabel = "NODE=VALUE", mapFallbackValue = "",
            description = "An item and its value, e.g. 7.3.1=50; repeat for more.")
    LinkedHashMap<String, String> values;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Locale locale = target.locale();
        Bundle bundle = args.readForScoring();
        Period p = BundleArgs.period(bundle, target.period);
        PeriodResult result = BundleArgs.score(bundle, p);
        BundleArgs.requireUnit(bundle, result, target.unit, p.code());
        WhatIf.Outcome o = WhatIf.of(result.sheet(), result).apply(target.unit, values);
        int d = result.framework().decimals();
        PrintWriter out = spec.commandLine().getOut();
        out.print(target.json() ? Json.write(json(p, o, d)) + "\n" : table(bundle, p, result, o, d, locale));
        out.flush();
        return 0;
    }

    private ObjectNode json(Period p, WhatIf.Outcome o, int d) {
        ObjectNode n = Json.object();
        n.put("unit", target.unit);
        n.put("period", p.code());
        ObjectNode set = n.putObject("set");
        values.forEach(set::put);
        ObjectNode actual = n.putObject("actual");
        actual.put("index", Numbers.round(o.actual().index(), d)).put("band", o.actual().band().code())
                .put("rank", o.actual().rank());
        ObjectNode actualFields = actual.putObject("fields");
        o.fields().keySet().forEach(code -> putPercent(actualFields, code, o.actual().percent(code), d));
        ObjectNode changed = n.putObject("whatIf");
        changed.put("index", Numbers.round(o.index(), d)).put("band", o.band().code()).put("rank", o.rank());
        ObjectNode fields = changed.putObject("fields");
        o.fields().forEach((code, percent) -> putPercent(fields, code, percent, d));
        n.put("indexDelta", Numbers.round(o.index(), d).subtract(Numbers.round(o.actual().index(), d)));
        n.put("rankGain", o.rankGain());
        return n;
    }

    private static void putPercent(ObjectNode n, String code, double percent, int d) {
        if (Double.isNaN(percent)) {
            n.putNull(code);
        } else {
            n.put(code, Numbers.round(percent, d));
        }
    }

    private String table(Bundle bundle, Period p, PeriodResult result, WhatIf.Outcome o, int d, Locale locale) {
        boolean vi = Figures.isVietnamese(locale);
        StringBuilder out = new StringBuilder();
        if (bundle.demo()) {
            out.append(UnitArgs.demoBanner(locale));
        }
        List<String> set = new ArrayList<>();
        values.forEach((k, v) -> set.add(k + " = " + v));
        out.append(o.actual().unit().name()).append(" — ").append(p.name()).append(vi ? ", nếu " : ", if ")
                .append(String.join("; ", set)).append("\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(vi ? new String[] {"", "Thực tế", "Giả định", "Chênh lệch"}
                : new String[] {"", "Actual", "What if", "Difference"});
        rows.add(new String[] {vi ? "Chỉ số" : "Index", Figures.percent(o.actual().index(), d, locale),
                Figures.percent(o.index(), d, locale),
                Signed.of(Numbers.round(o.index(), d).subtract(Numbers.round(o.actual().index(), d)).doubleValue(), d,
                        locale)});
        rows.add(new String[] {vi ? "Xếp loại" : "Band", o.actual().band().name(), o.band().name(), ""});
        rows.add(new String[] {vi ? "Thứ hạng" : "Rank", o.actual().rank() + "/" + result.size(),
                o.rank() + "/" + result.size(), o.rankGain() == 0 ? "0" : (o.rankGain() > 0 ? "+" : "−")
                + Math.abs(o.rankGain())});
        for (Map.Entry<String, Double> f : o.fields().entrySet()) {
            double was = o.actual().percent(f.getKey());
            rows.add(new String[] {(vi ? "Lĩnh vực " : "Field ") + f.getKey(), Figures.percent(was, d, locale),
                    Figures.percent(f.getValue(), d, locale), Double.isNaN(was) || Double.isNaN(f.getValue()) ? ""
                    : Signed.of(Numbers.round(f.getValue(), d).subtract(Numbers.round(was, d)).doubleValue(), d, locale)});
        }
        out.append(ScoreTable.layout(rows, Set.of(0)));
        return out.toString();
    }
}
