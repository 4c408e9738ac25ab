package org.parindex.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.Unit;
import org.parindex.core.feeds.FedValue;
import org.parindex.core.feeds.FeedFill;
import org.parindex.core.feeds.Satisfaction;
import org.parindex.core.feeds.Share;
import org.parindex.core.framework.Numbers;
import org.parindex.core.io.Csv;
import org.parindex.core.problem.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The values the indicator and survey items of a period would get, and where each came from. */
@Command(name = "indicators", description = {"The values the items fed by indicators (source: indicator:CODE, from "
        + "indicators/<period>.csv) and by the survey (source: survey:CODE, from surveys/<period>.yaml and .csv) "
        + "would get, and where each came from.",
        "csv: unit,node,source,value,date,from — from is the system that sent the value, or the survey's sample; "
        + "an indicator item takes the latest value on or before the as-of date.",
        "Then, with a survey, one line per unit: unit,respondents,overall % and its 95 % interval, flagged "
        + "when below the survey's minimum (its survey items are then not fed)."})
class IndicatorsCommand implements Callable<Integer> {

    @Mixin
    BundleArgs args;

    @Option(names = {"-p", "--period"}, required = true, paramLabel = "P", description = "The period code, e.g. 2023-H1.")
    String period;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Take indicator values on or before this date, YYYY-MM-DD (default: the period's last day).")
    String asOf;

    @Option(names = {"-u", "--unit"}, paramLabel = "U", description = "Only this unit.")
    String unit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Bundle bundle = args.read();
        Period p = BundleArgs.period(bundle, period);
        Map<String, Unit> units = bundle.unitsByCode();
        if (unit != null) {
            Unit one = bundle.unit(unit).orElseThrow(() -> new BadInputException("--unit", 0,
                    "no unit \"" + unit + "\" in units.csv"));
            units = new LinkedHashMap<>(Map.of(unit, one));
        }
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder text = new StringBuilder();
        Csv.row(text, "unit", "node", "source", "value", "date", "from");
        for (FedValue v : FeedFill.values(p, units, date())) {
            Csv.row(text, v.unit(), v.node(), v.source(), v.value(), v.date() == null ? "" : v.date(), v.origin());
        }
        if (p.feeds().survey() != null) {
            text.append("\r\n");
            Csv.row(text, "unit", "respondents", "satisfaction", "low", "high", "flag");
            for (Satisfaction s : p.feeds().satisfaction().values()) {
                if (units.containsKey(s.unit())) {
                    Share o = s.overall();
                    Csv.row(text, s.unit(), s.respondents(), Numbers.fixed(o.percent(), 2), Numbers.fixed(o.low(), 2),
                            Numbers.fixed(o.high(), 2), s.belowMinimum() ? "fewer than "
                                    + p.feeds().survey().minResponses() + " responses: not scored" : "");
                }
            }
        }
        out.print(text);
        out.flush();
        return 0;
    }

    private LocalDate date() {
        if (asOf == null) {
            return null;
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new BadInputException("--as-of", 0, "\"" + asOf + "\" is not a date (write YYYY-MM-DD)");
        }
    }
}
