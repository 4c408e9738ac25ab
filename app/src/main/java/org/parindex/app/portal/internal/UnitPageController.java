package org.parindex.app.portal.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parindex.app.accounts.Access;
import org.parindex.app.results.Analysis;
import org.parindex.app.results.PeriodView;
import org.parindex.app.results.RankingRow;
import org.parindex.app.results.RankingView;
import org.parindex.app.results.Results;
import org.parindex.app.results.TrendRow;
import org.parindex.app.results.UnitPage;
import org.parindex.app.units.Unit;
import org.parindex.app.units.Units;
import org.parindex.app.shared.OpenGraph;
import org.parindex.app.shared.PublicUrl;
import org.parindex.app.visits.Visits;
import org.springframework.context.MessageSource;
import org.parindex.core.text.UnitNouns;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A unit's page: headline, field chart, trend across periods and the drill-down to every leaf. */
@Controller
class UnitPageController {

    private final Results results;
    private final Units units;
    private final ChartJson json;
    private final Visits visits;
    private final PublicUrl url;
    private final PageFigures fig;
    private final MessageSource messages;
    private final Analysis analysis;

    UnitPageController(Results results, Units units, ChartJson json, Visits visits, PublicUrl url, PageFigures fig,
                       MessageSource messages, Analysis analysis) {
        this.results = results;
        this.units = units;
        this.json = json;
        this.visits = visits;
        this.url = url;
        this.fig = fig;
        this.messages = messages;
        this.analysis = analysis;
    }

    @GetMapping("/units/{unit}")
    String unit(@PathVariable String unit, @RequestParam(required = false) String period, Model model) {
        UnitPage page = results.unitPage(unit, period, Access.viewer()).orElseThrow(VisiblePeriods::notFound);
        model.addAttribute("page", page);
        model.addAttribute("period", page.period());
        model.addAttribute("periods", ownPeriods(page));
        if (page.headline() != null) {
            var locale = LocaleContextHolder.getLocale();
            RankingView ranking = results.ranking(page.period().code()).orElseThrow();
            model.addAttribute("nouns", UnitNouns.list(groupsRanked(ranking), locale));
            model.addAttribute("previousName", Optional.ofNullable(ranking.previousPeriod())
                    .flatMap(results::period).map(PeriodView::name).orElse(null));
            model.addAttribute("ordinal", UnitNouns.ordinal(page.headline().rank(), locale));
            model.addAttribute("fieldChart", PageCharts.fields(page));
            model.addAttribute("narrative", results.narrative(unit, page.period().code(), locale).orElse(null));
            model.addAttribute("og", openGraph(page, locale));
            model.addAttribute("explain", analysis.explain(unit, page.period().code()).orElse(null));
            model.addAttribute("targets", analysis.targets(unit, page.period().code(), locale).orElse(null));
            model.addAttribute("mayWhatIf", Access.viewer().mayImprove(unit));
            model.addAttribute("whatIfFields", WhatIfItems.byField(page.tree()));
            var series = results.indicatorSeries(page.period().code(), unit);
            model.addAttribute("indicatorSeries", series);
            model.addAttribute("indicatorJson", json.of(series));
            model.addAttribute("surveyView", results.survey(page.period().code(), unit).orElse(null));
        }
        String periodCode = page.period() == null ? "" : "/" + page.period().code();
        model.addAttribute("visits", visits.count("/units/" + page.unit().code() + periodCode));
        model.addAttribute("trendChart", PageCharts.trend(page));
        model.addAttribute("fieldChartJson", json.of(model.getAttribute("fieldChart")));
        model.addAttribute("trendChartJson", json.of(model.getAttribute("trendChart")));
        return "results/unit";
    }

    /** A shared link shows the unit, its index and rank in the period. */
    private OpenGraph openGraph(UnitPage page, java.util.Locale locale) {
        var h = page.headline();
        String title = messages.getMessage("og.unit.title", new Object[] {page.unit().name(), page.period().name()},
                locale);
        String description = messages.getMessage("og.unit.description", new Object[] {
            fig.pct(h.index(), page.period().decimals()), h.bandName(), h.rank(), h.of()}, locale);
        return new OpenGraph(title, description,
                url.of("/units/" + page.unit().code() + "?period=" + page.period().code()));
    }

    /** Period code → name of the periods where the unit itself (not a predecessor) has a result, newest first. */
    private static Map<String, String> ownPeriods(UnitPage page) {
        List<TrendRow> own = new ArrayList<>(page.trend().stream().filter(t -> !t.viaLineage()).toList());
        Collections.reverse(own);
        Map<String, String> out = new LinkedHashMap<>();
        own.forEach(t -> out.put(t.period(), t.periodName()));
        return out;
    }

    /** The groups (commune, town…) of the units ranked in the period: "xã, thị trấn" in the headline. */
    private Set<String> groupsRanked(RankingView ranking) {
        Map<String, String> groups = units.all().stream().collect(Collectors.toMap(Unit::code, Unit::group));
        return ranking.rows().stream().map(RankingRow::unit).map(groups::get).collect(Collectors.toSet());
    }
}
