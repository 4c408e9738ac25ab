package org.parindex.app.portal.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parindex.app.results.FieldResult;
import org.parindex.app.results.Overview;
import org.parindex.app.results.TrendRow;
import org.parindex.app.results.UnitPage;

/** The data of the pages' charts as plain maps and lists, for Thymeleaf's JavaScript inlining and charts.js. */
final class PageCharts {

    private PageCharts() { }

    /** Units per band, and the average % of each scored field (not bonus or deduction). */
    static Map<String, Object> bands(Overview overview, Set<String> scoredFields) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("bands", overview.bands().stream().map(Overview.BandCount::name).toList());
        out.put("bandCodes", overview.bands().stream().map(Overview.BandCount::code).toList());
        out.put("counts", overview.bands().stream().map(Overview.BandCount::count).toList());
        List<Overview.FieldSummary> scored = overview.fields().stream()
                .filter(f -> f.average() != null && scoredFields.contains(f.code())).toList();
        out.put("fields", scored.stream().map(Overview.FieldSummary::code).toList());
        out.put("fieldNames", scored.stream().map(Overview.FieldSummary::name).toList());
        out.put("averages", scored.stream().map(Overview.FieldSummary::average).toList());
        return out;
    }

    /** The unit's % of each scored field beside the period's average. */
    static Map<String, Object> fields(UnitPage page) {
        List<FieldResult> scored = page.fields().stream()
                .filter(f -> "scored".equals(f.kind()) && f.percent() != null).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("fields", scored.stream().map(FieldResult::code).toList());
        out.put("fieldNames", scored.stream().map(FieldResult::name).toList());
        out.put("unit", scored.stream().map(FieldResult::percent).toList());
        out.put("averages", scored.stream().map(FieldResult::average).toList());
        return out;
    }

    /** Rank and index per period, one series per unit of the lineage (predecessors before a merge). */
    static Map<String, Object> trend(UnitPage page) {
        List<String> periods = page.trend().stream().map(TrendRow::period).distinct().toList();
        List<String> names = page.trend().stream().map(TrendRow::periodName).distinct().toList();
        Map<String, Map<String, Object>> series = new LinkedHashMap<>();
        int most = 1;
        for (TrendRow t : page.trend()) {
            Map<String, Object> s = series.computeIfAbsent(t.unit(), u -> newSeries(t, periods.size()));
            int i = periods.indexOf(t.period());
            ((Object[]) s.get("rank"))[i] = t.rank();
            ((Object[]) s.get("index"))[i] = t.index();
            most = Math.max(most, t.of());
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map<String, Object> s : series.values()) {
            s.put("rank", Arrays.asList((Object[]) s.get("rank")));
            s.put("index", Arrays.asList((Object[]) s.get("index")));
            list.add(s);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("periods", periods);
        out.put("periodNames", names);
        out.put("series", list);
        out.put("units", most);
        return out;
    }

    private static Map<String, Object> newSeries(TrendRow t, int size) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", t.unitName());
        s.put("lineage", t.viaLineage());
        s.put("rank", new Object[size]);
        s.put("index", new Object[size]);
        return s;
    }
}
