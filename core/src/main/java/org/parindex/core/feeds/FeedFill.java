package org.parindex.core.feeds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parindex.core.bundle.Period;
import org.parindex.core.bundle.ScoreRow;
import org.parindex.core.bundle.Stage;
import org.parindex.core.bundle.Unit;
import org.parindex.core.framework.Node;
import org.parindex.core.framework.Numbers;
import org.parindex.core.io.IndicatorsCsv;

/**
 * The one rule for fed items. An item with {@code source: indicator:CODE} takes the unit's latest observation of CODE
 * on or before the as-of date (the period's last day unless asked); an item with {@code source: survey:CODE} takes the
 * satisfaction % of the survey factor feeding CODE, unless the unit has fewer respondents than the survey's minimum.
 * A fed value replaces the unit's row for the item; without one, the row (if any) stays.
 */
public final class FeedFill {

    private FeedFill() { }

    /** The values the items of a period would get, unit by unit in the order of units, item by item. */
    public static List<FedValue> values(Period period, Map<String, Unit> units, LocalDate asOf) {
        Feeds feeds = period.feeds();
        if (feeds.isEmpty() || period.framework() == null) {
            return List.of();
        }
        LocalDate at = asOf != null ? asOf : period.to() != null ? period.to() : LocalDate.MAX;
        List<FedValue> out = new ArrayList<>();
        List<Node> fed = period.framework().allNodes().stream()
                .filter(n -> n.isLeaf() && n.isExternal()).toList();
        for (Unit unit : units.values()) {
            for (Node node : fed) {
                if (!node.appliesTo(unit.group())) {
                    continue;
                }
                FedValue v = node.source().startsWith(IndicatorsCsv.SOURCE)
                        ? indicator(feeds, node, unit.code(), at)
                        : survey(feeds, node, unit.code());
                if (v != null) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private static FedValue indicator(Feeds feeds, Node node, String unit, LocalDate at) {
        String code = node.source().substring(IndicatorsCsv.SOURCE.length());
        return feeds.indicators().latest(code, unit, at)
                .map(o -> new FedValue(unit, node.code(), o.value(), node.source(), o.date(), o.source()))
                .orElse(null);
    }

    private static FedValue survey(Feeds feeds, Node node, String unit) {
        Survey survey = feeds.survey();
        Satisfaction s = feeds.satisfaction().get(unit);
        if (survey == null || s == null || s.belowMinimum()) {
            return null;
        }
        Share share = s.feeding(survey, node.source().substring(Survey.SOURCE.length()));
        if (share == null || share.empty()) {
            return null;
        }
        return new FedValue(unit, node.code(), Numbers.plain(share.percent()), node.source(), null,
                "survey, " + s.respondents() + " responses");
    }

    /**
     * The period with its fed values in the rows of {@code stage} for the units that have rows of that stage (a
     * bundle's period lists its units by their rows); see {@link #filled(Period, Map, Set, Stage, LocalDate)}.
     */
    public static Period filled(Period period, Map<String, Unit> units, Stage stage, LocalDate asOf) {
        if (period.feeds().isEmpty()) {
            return period;
        }
        return filled(period, units, withRows(period, stage), stage, asOf);
    }

    /** The units with at least one row of {@code stage} in the period. */
    public static Set<String> withRows(Period period, Stage stage) {
        Set<String> taking = new HashSet<>();
        period.rows().forEach(r -> {
            if (r.stage() == stage) {
                taking.add(r.unit());
            }
        });
        return taking;
    }

    /**
     * The period with its fed values in the rows of {@code stage}: for each unit of {@code taking} (the units that
     * take part, whether or not they have typed a row yet), a fed value replaces the unit's row for the item, or is
     * added. The period itself when nothing feeds it.
     */
    public static Period filled(Period period, Map<String, Unit> units, Set<String> taking, Stage stage,
                                LocalDate asOf) {
        if (period.feeds().isEmpty()) {
            return period;
        }
        Map<String, FedValue> fed = new HashMap<>();
        for (FedValue v : values(period, units, asOf)) {
            if (taking.contains(v.unit())) {
                fed.put(v.unit() + "\u0000" + v.node(), v);
            }
        }
        if (fed.isEmpty()) {
            return period;
        }
        List<ScoreRow> rows = new ArrayList<>(period.rows().size() + fed.size());
        Map<String, ScoreRow> replaced = new HashMap<>();
        for (ScoreRow r : period.rows()) {
            String key = r.unit() + "\u0000" + r.node();
            if (r.stage() == stage && fed.containsKey(key)) {
                replaced.put(key, r);
            } else {
                rows.add(r);
            }
        }
        fed.values().stream().sorted(Comparator.comparing(FedValue::unit).thenComparing(FedValue::node))
                .forEach(v -> {
                    ScoreRow was = replaced.get(v.unit() + "\u0000" + v.node());
                    rows.add(new ScoreRow(v.unit(), v.node(), v.value(), was != null ? was.note() : note(v), stage,
                            was != null ? was.evidence() : "", was != null ? was.line() : 0));
                });
        return period.withRows(rows);
    }

    private static String note(FedValue v) {
        return v.source() + (v.date() == null ? "" : " " + v.date()) + " (" + v.origin() + ")";
    }
}
