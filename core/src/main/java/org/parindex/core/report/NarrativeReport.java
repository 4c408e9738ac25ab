package org.parindex.core.report;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.parindex.core.analysis.IndexChange;
import org.parindex.core.bundle.Bundle;
import org.parindex.core.bundle.Period;
import org.parindex.core.engine.PeriodResult;
import org.parindex.core.engine.UnitResult;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.NodeKind;
import org.parindex.core.history.BundleResults;
import org.parindex.core.history.History;
import org.parindex.core.history.TrendPoint;
import org.parindex.core.problem.BadInputException;
import org.parindex.core.text.Figures;
import org.parindex.core.text.UnitNouns;

/**
 * The narrative report of one unit in one period, like the commune portal's news page: the headline result,
 * every field, the rank in earlier periods and a data-driven account of why it changed.
 */
public final class NarrativeReport {

    private final BundleResults results;
    private final Locale locale;
    private final ResourceBundle messages;
    private final List<String> lines = new ArrayList<>();

    private NarrativeReport(BundleResults results, Locale locale) {
        this.results = results;
        this.locale = locale;
        this.messages = ResourceBundle.getBundle("org.parindex.core.report.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The report as text; the unit must have a result in the period. */
    public static String write(BundleResults results, String periodCode, String unitCode, Locale locale) {
        return new NarrativeReport(results, locale).build(periodCode, unitCode);
    }

    private String build(String periodCode, String unitCode) {
        Bundle bundle = results.bundle();
        Period period = bundle.period(periodCode).orElseThrow();
        PeriodResult result = results.result(periodCode);
        UnitResult unit = result.unit(unitCode).orElseThrow();
        int decimals = result.framework().decimals();
        if (bundle.demo() || result.framework().demo()) {
            say("demo");
            lines.add("");
        }
        say("title", Figures.isVietnamese(locale) ? UnitNouns.lower(period.name(), locale) : period.name(),
                unit.unit().name());
        lines.add("");
        String nouns = UnitNouns.list(groups(result), locale);
        if (period.announced() != null) {
            say("announced", Figures.date(period.announced(), locale), bundle.assessor(), nouns, lower(period.name()));
        } else {
            say("notAnnounced", nouns, bundle.assessor(), lower(period.name()));
        }
        say("headline", unit.unit().name(), Figures.percent(unit.index(), decimals, locale), unit.band().name(),
                UnitNouns.ordinal(unit.rank(), locale), result.size(), nouns);
        say("points", pts(unit.points()), pts(unit.maximum()));
        if (unit.missing() > 0) {
            say("missing", unit.missing());
        }
        fields(result, unit, decimals);
        History history = new History(results);
        trend(history.trend(unitCode), periodCode, decimals);
        Optional<History.Change> change = history.change(periodCode, unitCode);
        Optional<IndexChange> explained = explain(periodCode, unitCode);
        explained.ifPresent(c -> change(c, decimals));
        why(Findings.of(result, unit, change.orElse(null)), change, nouns, decimals);
        explained.ifPresent(c -> contributions(c, decimals));
        return String.join("\n", lines) + "\n";
    }

    private void fields(PeriodResult result, UnitResult unit, int decimals) {
        lines.add("");
        say("fieldsHeading");
        for (Node node : result.framework().nodes()) {
            double points = unit.points(node.code());
            if (node.kind() == NodeKind.SCORED) {
                if (unit.maximum(node.code()) > 0) {
                    say("field", node.code(), node.name(), Figures.percent(unit.percent(node.code()), decimals, locale),
                            pts(points), pts(unit.maximum(node.code())));
                }
            } else if (points > 0) {
                say(node.kind() == NodeKind.BONUS ? "bonus" : "deduction", node.name(), pts(points));
            }
        }
    }

    private void trend(List<TrendPoint> trend, String periodCode, int decimals) {
        List<TrendPoint> earlier = trend.stream().filter(t -> !t.period().code().equals(periodCode))
                .filter(t -> results.periods().indexOf(t.period()) < indexOf(periodCode)).toList();
        if (earlier.isEmpty()) {
            return;
        }
        lines.add("");
        say("trendHeading");
        for (TrendPoint t : earlier) {
            if (t.isOwn()) {
                say("trendOwn", t.period().name(), UnitNouns.ordinal(t.own().rank(), locale), t.units(),
                        Figures.percent(t.own().index(), decimals, locale));
            } else {
                List<String> parts = t.predecessors().stream().map(p -> format("trendPredecessor", p.unit().name(),
                        UnitNouns.ordinal(p.rank(), locale), t.units(), Figures.percent(p.index(), decimals, locale)))
                        .toList();
                say("trendPredecessors", t.period().name(), String.join("; ", parts));
            }
        }
    }

    /** The change since the previous period the unit or its lineage took part in, as the ranking's arrow shows it. */
    private Optional<IndexChange> explain(String periodCode, String unitCode) {
        try {
            return Optional.of(IndexChange.of(results, periodCode, unitCode));
        } catch (BadInputException none) {
            return Optional.empty();
        }
    }

    /** Each field's contribution to the change of the index, the largest falls first, then the rises. */
    private void contributions(IndexChange c, int decimals) {
        java.util.List<java.math.BigDecimal> rounded = c.rounded(decimals);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < c.contributions().size(); i++) {
            if (rounded.get(i).signum() != 0) {
                order.add(i);
            }
        }
        if (order.isEmpty()) {
            return;
        }
        order.sort(java.util.Comparator.<Integer>comparingInt(i -> rounded.get(i).signum())
                .thenComparing(i -> rounded.get(i).abs(), java.util.Comparator.reverseOrder()));
        lines.add("");
        say("contributionsHeading", lower(c.previous().name()), signed(c.displayedDelta(decimals).doubleValue(), decimals));
        for (int i : order) {
            IndexChange.Contribution x = c.contributions().get(i);
            say(x.node().kind() == NodeKind.SCORED ? "contribution" : "contributionOther", x.node().code(),
                    x.node().name(), signed(rounded.get(i).doubleValue(), decimals));
        }
        if (rounded.get(rounded.size() - 1).signum() != 0) {
            say("held", signed(rounded.get(rounded.size() - 1).doubleValue(), decimals));
        }
    }

    private void change(IndexChange c, int decimals) {
        lines.add("");
        double shown = c.displayedDelta(decimals).doubleValue();
        String delta = Figures.number(Math.abs(shown), decimals, locale);
        String before = UnitNouns.ordinal(c.before().rank(), locale);
        String after = UnitNouns.ordinal(c.after().rank(), locale);
        String previous = lower(c.previous().name());
        if (!c.before().isOwn() || !c.before().units().get(0).unit().code().equals(c.after().unit().code())) {
            previous = format("previousVia", previous, c.before().units().stream()
                    .sorted(java.util.Comparator.comparingInt(UnitResult::rank))
                    .map(u -> u.unit().name()).collect(java.util.stream.Collectors.joining(", ")));
        }
        if (c.rankGain() < 0) {
            say(shown > 0 ? "changeDownIndexUp" : "changeDown", previous, delta, -c.rankGain(), before, after);
        } else if (c.rankGain() > 0) {
            say(shown < 0 ? "changeUpIndexDown" : "changeUp", previous, delta, c.rankGain(), before, after);
        } else {
            say("changeSame", previous, signed(shown, decimals), after);
        }
    }

    private void why(Findings f, Optional<History.Change> change, String nouns, int decimals) {
        lines.add("");
        say("whyHeading");
        if (change.isPresent() && !f.fallen().isEmpty()) {
            say("fallenHeading", lower(change.get().previous().name()));
            for (History.NodeChange n : f.fallen()) {
                say("fallen", n.node().code(), n.node().name(), Figures.percent(n.before(), decimals, locale),
                        Figures.percent(n.after(), decimals, locale), signed(n.delta(), decimals));
            }
        }
        if (!f.belowPeers().isEmpty()) {
            say("peersHeading", nouns);
            for (Findings.PeerGap g : f.belowPeers()) {
                say("peer", g.node().code(), g.node().name(), Figures.percent(g.percent(), decimals, locale),
                        Figures.percent(g.average(), decimals, locale));
            }
        }
        if (!f.rates().isEmpty()) {
            say("ratesHeading");
            for (Findings.RateGap g : f.rates()) {
                boolean lowerBetter = g.node().rule().lowerIsBetter();
                say("rate", g.node().code(), g.node().name(), rate(g.node(), g.value()), rate(g.node(), g.fullAt()),
                        text(lowerBetter ? "rateAtMost" : "rateAtLeast"), pts(g.points()), pts(g.max()));
            }
        }
        if (!f.room().isEmpty()) {
            say("roomHeading");
            for (Findings.Room r : f.room()) {
                say("room", r.node().code(), r.node().name(), pts(r.missing()), pts(r.max()));
            }
        }
    }

    private String rate(Node node, double value) {
        boolean percent = node.isExternal() || node.name().startsWith("Tỷ lệ") || node.name().startsWith("Mức độ hài lòng");
        return Figures.points(value, locale) + (percent ? "%" : "");
    }

    private Set<String> groups(PeriodResult result) {
        Set<String> groups = new LinkedHashSet<>();
        result.ranking().forEach(r -> groups.add(r.unit().group()));
        return groups;
    }

    private int indexOf(String periodCode) {
        List<Period> periods = results.periods();
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).code().equals(periodCode)) {
                return i;
            }
        }
        return -1;
    }

    private String signed(double value, int decimals) {
        String abs = Figures.number(Math.abs(value), decimals, locale);
        return value < 0 ? "−" + abs : "+" + abs;
    }

    private String pts(double value) {
        return Figures.points(value, locale);
    }

    private String lower(String text) {
        return Figures.isVietnamese(locale) ? UnitNouns.lower(text, locale) : text;
    }

    private String text(String key) {
        return messages.getString(key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(text(key), locale).format(args);
    }

    private void say(String key, Object... args) {
        lines.add(format(key, args));
    }
}
