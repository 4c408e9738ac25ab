package org.parindex.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parindex.core.analysis.Forecast;
import org.parindex.core.analysis.FullPoints;
import org.parindex.core.analysis.Indicators;
import org.parindex.core.analysis.Observation;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Numbers;
import org.parindex.core.io.Csv;
import org.parindex.core.io.IndicatorsCsv;
import org.parindex.core.io.TextFile;
import org.parindex.core.problem.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where an open period is heading, unit by unit. */
@Command(name = "forecast", description = {"Where an open period is heading: every unit's forecast index, bounds, band, rank and warnings.",
        "Each item of each unit takes the latest "
        + "indicator value on or before the as-of date (items with source indicator:…, from the bundle's "
        + "indicators/<period>.csv or --indicators), else the unit's row in the period (the latest stage present), "
        + "else the final value of the same item in the previous period (the unit's or, before a merger, its "
        + "predecessors') when its rule type is the same, else it is unknown.",
        "Per unit: the forecast index (unknown items at 0 points), a low bound (unknown deductions at their cap) and "
                + "a high bound (unknown items at full points), band and rank at the forecast, the number of unknown "
                + "items, and warnings: the band below last period's, an indicator below its full-points threshold.",
        "csv: rank,unit,name,index,low,high,band,lastBand,unknown,warnings (a warning as band:FROM>TO or "
                + "NODE:VALUE<FULL(-POINTS AT STAKE), separated by ;).",
        "json: an array of objects with rank, unit, name, index, low, high, band, lastBand, unknown and warnings."})
class ForecastCommand implements Callable<Integer> {

    enum Format { csv, json }

    @Mixin
    BundleArgs args;

    @Option(names = {"-p", "--period"}, required = true, paramLabel = "P", description = "The period code, e.g. 2023-H1.")
    String period;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Take indicator values on or before this date, YYYY-MM-DD (default: the period's last day).")
    LocalDate asOf;

    @Option(names = "--indicators", paramLabel = "FILE",
            description = "An indicator file (default: indicators/<period>.csv in the bundle folder, when there is one).")
    Path indicators;

    @Option(names = {"-u", "--unit"}, paramLabel = "U",
            description = "Only this unit, item by item: node,name,origin,value,points,max (origin: indicator, row, "
                    + "previous or unknown).")
    String unit;

    @Option(names = {"-f", "--format"}, defaultValue = "csv", paramLabel = "FORMAT",
            description = "csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Bundle bundle = args.readForScoring();
        Period p = BundleArgs.period(bundle, period);
        LocalDate date = asOf != null ? asOf : p.to() != null ? p.to() : LocalDate.now();
        Forecast f = Forecast.of(bundle, p.code(), date, Indicators.of(observations(bundle, p)));
        int d = p.framework().decimals();
        PrintWriter out = spec.commandLine().getOut();
        if (unit != null) {
            out.print(format == Format.json ? Json.write(leavesJson(f, d)) + "\n" : leavesCsv(f, d));
        } else {
            out.print(format == Format.json ? Json.write(json(f, d)) + "\n" : csv(f, d));
        }
        out.flush();
        return 0;
    }

    private List<Observation> observations(Bundle bundle, Period p) {
        Path file = indicators;
        String name = file == null ? IndicatorsCsv.path(p.code()) : file.toString();
        if (file == null) {
            if (!Files.isDirectory(args.bundle) || !Files.exists(args.bundle.resolve(name))) {
                return List.of();
            }
            file = args.bundle.resolve(name);
        }
        Problems problems = new Problems();
        String text = TextFile.read(file, name, problems);
        List<Observation> out = text == null ? List.of()
                : IndicatorsCsv.parse(text, name, p, bundle.unitsByCode(), problems);
        problems.throwIfAny();
        return out;
    }

    private String leavesCsv(Forecast f, int d) {
        StringBuilder out = new StringBuilder();
        Csv.row(out, "node", "name", "origin", "value", "points", "max");
        for (Forecast.LeafForecast leaf : f.leaves(unit)) {
            UnitResult.NodeValue v = leaf.value();
            Csv.row(out, v.node().code(), v.node().name(), leaf.origin().name().toLowerCase(Locale.ROOT), written(v),
                    Numbers.fixed(Double.isNaN(v.points()) ? 0 : v.points(), d), Numbers.fixed(v.maximum(), d));
        }
        return out.toString();
    }

    private ArrayNode leavesJson(Forecast f, int d) {
        ArrayNode array = Json.array();
        for (Forecast.LeafForecast leaf : f.leaves(unit)) {
            UnitResult.NodeValue v = leaf.value();
            array.addObject().put("node", v.node().code()).put("name", v.node().name())
                    .put("origin", leaf.origin().name().toLowerCase(Locale.ROOT)).put("value", written(v))
                    .put("points", Numbers.round(Double.isNaN(v.points()) ? 0 : v.points(), d))
                    .put("max", Numbers.round(v.maximum(), d));
        }
        return array;
    }

    /** The value as a scores file writes it: NA, or empty when there is none. */
    private static String written(UnitResult.NodeValue v) {
        return switch (v.entry()) {
            case VALUE -> v.node().rule().write(v.value());
            case NOT_APPLICABLE -> "NA";
            default -> "";
        };
    }

    private static String csv(Forecast f, int d) {
        StringBuilder out = new StringBuilder();
        Csv.row(out, "rank", "unit", "name", "index", "low", "high", "band", "lastBand", "unknown", "warnings");
        for (Forecast.UnitForecast u : f.units()) {
            List<String> warnings = new ArrayList<>();
            for (Forecast.Warning w : u.warnings()) {
                warnings.add(w.isBand() ? "band:" + w.from().code() + ">" + w.to().code()
                        : w.node().code() + ":" + w.node().rule().write(w.value())
                        + (w.node().rule().lowerIsBetter() ? ">" : "<") + FullPoints.value(w.node())
                        + "(-" + Numbers.plain(Numbers.round(w.atStake(), d).doubleValue()) + ")");
            }
            Csv.row(out, u.result().rank(), u.result().unit().code(), u.result().unit().name(),
                    Numbers.fixed(u.index(), d), Numbers.fixed(u.low(), d), Numbers.fixed(u.high(), d),
                    u.result().band().code(), u.lastBand() == null ? "" : u.lastBand().code(), u.unknown(),
                    String.join(";", warnings));
        }
        return out.toString();
    }

    private static ArrayNode json(Forecast f, int d) {
        ArrayNode array = Json.array();
        for (Forecast.UnitForecast u : f.units()) {
            ObjectNode o = array.addObject();
            o.put("rank", u.result().rank()).put("unit", u.result().unit().code()).put("name", u.result().unit().name());
            o.put("index", Numbers.round(u.index(), d)).put("low", Numbers.round(u.low(), d))
                    .put("high", Numbers.round(u.high(), d));
            o.put("band", u.result().band().code());
            if (u.lastBand() == null) {
                o.putNull("lastBand");
            } else {
                o.put("lastBand", u.lastBand().code());
            }
            o.put("unknown", u.unknown());
            ArrayNode warnings = o.putArray("warnings");
            for (Forecast.Warning w : u.warnings()) {
                ObjectNode n = warnings.addObject();
                if (w.isBand()) {
                    n.put("kind", "band").put("from", w.from().code()).put("to", w.to().code());
                } else {
                    n.put("kind", "indicator").put("node", w.node().code()).put("source", w.node().source())
                            .put("value", w.node().rule().write(w.value())).put("fullAt", FullPoints.value(w.node()))
                            .put("atStake", Numbers.round(w.atStake(), d));
                }
            }
        }
        return array;
    }
}
