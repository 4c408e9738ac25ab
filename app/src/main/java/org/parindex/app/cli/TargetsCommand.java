package org.parindex.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.parindex.core.analysis.FullPoints;
import org.parindex.core.analysis.Targets;
import org.parindex.core.analysis.WhatIf;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Numbers;
import org.parindex.core.framework.Rule;
import org.parindex.core.text.Figures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What it takes a unit to rise: the next band and rank and where the points are. */
@Command(name = "targets", description = {"What it takes a unit to rise: the next band, the next rank, where the points are.",
        "The gap to the next band (chosen on the "
        + "displayed index, as the ranking does) and to the next rank (the one it would share by reaching the index of "
        + "the nearest unit above), in index points and, under points aggregation, in framework points; then every "
        + "item with points still to gain, most first, with what earns its full points in the rule's own terms.",
        "json: unit, period, index, band, rank, of, nextBand (code, name, min, gap, points) or null, nextRank (rank, "
                + "units, index, gap, points) or null, room (node, name, entry, value, points, max, gain, indexGain, "
                + "fullValue, fullText)."})
class TargetsCommand implements Callable<Integer> {

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
        PeriodResult result = BundleArgs.score(bundle, p);
        BundleArgs.requireUnit(bundle, result, target.unit, p.code());
        Targets t = Targets.of(WhatIf.of(result.sheet(), result), result, target.unit);
        int d = result.framework().decimals();
        PrintWriter out = spec.commandLine().getOut();
        out.print(target.json() ? Json.write(json(p, result, t, d, locale)) + "\n"
                : table(bundle, p, result, t, d, locale));
        out.flush();
        return 0;
    }

    private static ObjectNode json(Period p, PeriodResult result, Targets t, int d, Locale locale) {
        UnitResult u = t.unit();
        ObjectNode o = Json.object();
        o.put("unit", u.unit().code());
        o.put("period", p.code());
        o.put("index", Numbers.round(u.index(), d));
        o.put("band", u.band().code());
        o.put("rank", u.rank());
        o.put("of", result.size());
        if (t.nextBand().isPresent()) {
            Targets.BandGap b = t.nextBand().get();
            ObjectNode n = o.putObject("nextBand");
            n.put("code", b.band().code()).put("name", b.band().name()).put("min", b.band().min());
            n.put("gap", Numbers.round(b.index(), d));
            putPoints(n, b.points(), d);
        } else {
            o.putNull("nextBand");
        }
        if (t.nextRank().isPresent()) {
            Targets.RankGap r = t.nextRank().get();
            ObjectNode n = o.putObject("nextRank");
            n.put("rank", r.rank());
            ArrayNode units = n.putArray("units");
            r.units().forEach(x -> units.add(x.unit().code()));
            n.put("index", Numbers.round(r.units().get(0).index(), d));
            n.put("gap", Numbers.round(r.index(), d));
            putPoints(n, r.points(), d);
        } else {
            o.putNull("nextRank");
        }
        ArrayNode room = o.putArray("room");
        for (Targets.Room r : t.room()) {
            ObjectNode n = room.addObject();
            n.put("node", r.node().code()).put("name", r.node().name()).put("entry", r.entry().name().toLowerCase(Locale.ROOT));
            if (Double.isNaN(r.value())) {
                n.putNull("value");
            } else {
                n.put("value", r.node().rule().write(r.value()));
            }
            n.put("points", Numbers.round(r.points(), d)).put("max", Numbers.round(r.max(), d));
            n.put("gain", Numbers.round(r.gain(), d));
            if (Double.isNaN(r.indexGain())) {
                n.putNull("indexGain");
            } else {
                n.put("indexGain", Numbers.round(r.indexGain(), d));
            }
            n.put("fullValue", r.fullValue());
            n.put("fullText", fullText(r, locale));
        }
        return o;
    }

    private static void putPoints(ObjectNode n, double points, int d) {
        if (Double.isNaN(points)) {
            n.putNull("points");
        } else {
            n.put("points", Numbers.round(points, d));
        }
    }

    private static String fullText(Targets.Room r, Locale locale) {
        return r.node().isLeaf() ? FullPoints.text(r.node(), locale)
                : (Figures.isVietnamese(locale) ? "đủ " + Figures.points(r.max(), locale) + " điểm"
                : "all " + Figures.points(r.max(), locale) + " points");
    }

    private static String table(Bundle bundle, Period p, PeriodResult result, Targets t, int d, Locale locale) {
        boolean vi = Figures.isVietnamese(locale);
        UnitResult u = t.unit();
        StringBuilder out = new StringBuilder();
        if (bundle.demo()) {
            out.append(UnitArgs.demoBanner(locale));
        }
        out.append(u.unit().name()).append(" — ").append(p.name()).append(": ")
                .append(Figures.percent(u.index(), d, locale)).append(", ").append(u.band().name())
                .append(vi ? ", thứ " : ", rank ").append(u.rank()).append('/').append(result.size()).append("\n\n");
        if (t.nextBand().isEmpty()) {
            out.append(vi ? "Đã ở xếp loại cao nhất.\n" : "Already in the top band.\n");
        } else {
            Targets.BandGap b = t.nextBand().get();
            out.append(vi ? "Lên xếp loại " : "To reach band ").append(b.band().name()).append(vi ? " (từ " : " (from ")
                    .append(Figures.percent(b.band().min(), d, locale)).append(vi ? "): còn thiếu " : "): ")
                    .append(Figures.number(b.index(), d, locale)).append(vi ? " điểm phần trăm" : " index points")
                    .append(points(b.points(), d, locale, vi)).append('\n');
        }
        if (t.nextRank().isEmpty()) {
            out.append(vi ? "Đang đứng thứ nhất.\n" : "Already ranked first.\n");
        } else {
            Targets.RankGap r = t.nextRank().get();
            out.append(vi ? "Lên thứ " : "To reach rank ").append(r.rank()).append(vi ? " (bằng " : " (level with ")
                    .append(String.join(", ", r.units().stream().map(x -> x.unit().name()).toList())).append(", ")
                    .append(Figures.percent(r.units().get(0).index(), d, locale)).append(vi ? "): còn thiếu " : "): ")
                    .append(Figures.number(r.index(), d, locale)).append(vi ? " điểm phần trăm" : " index points")
                    .append(points(r.points(), d, locale, vi)).append('\n');
        }
        out.append(vi ? "\nCác nội dung còn điểm chưa đạt, nhiều nhất trước:\n"
                : "\nItems with points still to gain, most first:\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(vi ? new String[] {"Mã", "Hiện nay", "Điểm", "Tối đa", "Còn", "Chỉ số", "Để đạt điểm tối đa"}
                : new String[] {"Code", "Now", "Points", "Max", "To gain", "Index", "Full points with"});
        for (Targets.Room r : t.room()) {
            rows.add(new String[] {r.node().code(), shown(r, locale),
                    Figures.points(r.points(), locale), Figures.points(r.max(), locale), Figures.points(r.gain(), locale),
                    Double.isNaN(r.indexGain()) ? "—" : Signed.of(r.indexGain(), d, locale), fullText(r, locale)});
        }
        out.append(ScoreTable.layout(rows, Set.of(0, 1, 6)));
        return out.toString();
    }

    /** The value as people read it: 4,8% and có, an option's label; — when there is none. */
    private static String shown(Targets.Room r, Locale locale) {
        if (Double.isNaN(r.value())) {
            return "—";
        }
        boolean vi = Figures.isVietnamese(locale);
        Rule rule = r.node().rule();
        if (rule instanceof Rule.YesNo) {
            return r.value() >= 0.5 ? (vi ? "có" : "yes") : (vi ? "không" : "no");
        }
        if (rule instanceof Rule.Choice c) {
            return c.options().get((int) r.value()).label();
        }
        return Figures.points(r.value(), locale) + (FullPoints.isRate(r.node()) ? "%" : "");
    }

    private static String points(double points, int d, Locale locale, boolean vi) {
        return Double.isNaN(points) ? "" : " (" + Figures.points(points, locale) + (vi ? " điểm)" : " points)");
    }
}
