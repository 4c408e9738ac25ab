package org.parindex.app.portal.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.parindex.app.accounts.Access;
import org.parindex.app.results.FieldHeader;
import org.parindex.app.results.PeriodView;
import org.parindex.app.results.RankingView;
import org.parindex.app.results.Results;
import org.parindex.app.units.Unit;
import org.parindex.app.units.Units;
import org.parindex.app.visits.Visits;
import org.parindex.app.shared.OpenGraph;
import org.parindex.app.shared.PublicUrl;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A period's ranking and the district overview; published periods are open to anonymous visitors. */
@Controller
@RequestMapping("/results")
class RankingController {

    private final Results results;
    private final VisiblePeriods periods;
    private final Units units;
    private final ChartJson json;
    private final Visits visits;
    private final PublicUrl url;
    private final PageFigures fig;
    private final MessageSource messages;

    RankingController(Results results, VisiblePeriods periods, Units units, ChartJson json, Visits visits,
                      PublicUrl url, PageFigures fig, MessageSource messages) {
        this.results = results;
        this.periods = periods;
        this.units = units;
        this.json = json;
        this.visits = visits;
        this.url = url;
        this.fig = fig;
        this.messages = messages;
    }

    /** The period chosen in the selector, or the newest one the viewer may see. */
    @GetMapping
    String choose(@RequestParam(required = false) String period, @RequestParam(required = false) String view,
                  RedirectAttributes redirect) {
        String code = period != null ? period
                : periods.newestFirst().stream().findFirst().map(PeriodView::code).orElse(null);
        if (code == null) {
            return "redirect:/";
        }
        redirect.addAttribute("code", code);
        return "overview".equals(view) ? "redirect:/results/{code}/overview" : "redirect:/results/{code}";
    }

    @GetMapping("/{period}")
    String ranking(@PathVariable String period, Model model) {
        periods.require(period);
        RankingView ranking = results.ranking(period).orElseThrow(VisiblePeriods::notFound);
        List<FieldHeader> scored = ranking.fields().stream().filter(f -> "scored".equals(f.kind())).toList();
        model.addAttribute("ranking", ranking);
        model.addAttribute("period", ranking.period());
        model.addAttribute("fields", scored);
        model.addAttribute("periodOptions", periods.options());
        model.addAttribute("previousName", periods.name(ranking.previousPeriod()));
        model.addAttribute("names", units.all().stream().collect(Collectors.toMap(Unit::code, Unit::name)));
        model.addAttribute("viewer", Access.viewer());
        model.addAttribute("visits", visits.count("/results/" + period));
        model.addAttribute("og", openGraph(ranking));
        return "results/ranking";
    }

    /** A shared link to a ranking shows the period and who leads it. */
    private OpenGraph openGraph(RankingView ranking) {
        var locale = LocaleContextHolder.getLocale();
        var period = ranking.period();
        String title = messages.getMessage("pages.ranking.title", new Object[] {period.name()}, locale);
        String description = ranking.rows().isEmpty() ? title : messages.getMessage("og.ranking.description",
                new Object[] {ranking.rows().size(), ranking.rows().get(0).name(),
                    fig.pct(ranking.rows().get(0).index(), period.decimals())}, locale);
        return new OpenGraph(title, description, url.of("/results/" + period.code()));
    }

    @GetMapping("/{period}/overview")
    String overview(@PathVariable String period, Model model) {
        periods.require(period);
        var overview = results.overview(period).orElseThrow(VisiblePeriods::notFound);
        Set<String> scored = results.ranking(period).orElseThrow().fields().stream()
                .filter(f -> "scored".equals(f.kind())).map(FieldHeader::code).collect(Collectors.toSet());
        model.addAttribute("overview", overview);
        model.addAttribute("scored", scored);
        model.addAttribute("period", overview.period());
        model.addAttribute("periodOptions", periods.options());
        model.addAttribute("chartJson", json.of(PageCharts.bands(overview, scored)));
        model.addAttribute("viewer", Access.viewer());
        model.addAttribute("visits", visits.count("/results/" + period + "/overview"));
        return "results/overview";
    }
}
