package org.parindex.app.portal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parindex.app.accounts.Access;
import org.parindex.app.results.Analysis;
import org.parindex.app.results.ForecastView;
import org.parindex.app.results.PeriodView;
import org.parindex.app.results.Results;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The council's forecast of a period: every unit, units at risk first, and a chart of forecast against last result. */
@Controller
class ForecastController {

    /** At most this many units in the chart (those at risk first): a chart of thousands of bars says nothing. */
    static final int CHART_UNITS = 40;

    private final Results results;
    private final Analysis analysis;
    private final ChartJson json;
    private final int pageRows;

    /** @param pageRows rows per page of the table (a country's 3,321 units are not one page on a phone) */
    ForecastController(Results results, Analysis analysis, ChartJson json,
                       @Value("${parindex.forecast.page-rows:100}") int pageRows) {
        this.results = results;
        this.analysis = analysis;
        this.json = json;
        this.pageRows = Math.max(1, pageRows);
    }

    @GetMapping("/forecast/{period}")
    String forecast(@PathVariable String period, @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                    @RequestParam(defaultValue = "1") int page, Model model) {
        if (!Access.viewer().mayForecast()) {
            throw new AccessDeniedException("forecasts are for the council");
        }
        PeriodView p = results.period(period).orElseThrow(VisiblePeriods::notFound);
        ForecastView forecast = analysis.forecast(p, asOf);
        model.addAttribute("period", p);
        model.addAttribute("viewer", Access.viewer());
        model.addAttribute("forecast", forecast);
        model.addAttribute("previousName", forecast.previous() == null ? null
                : results.period(forecast.previous()).map(PeriodView::name).orElse(forecast.previous()));
        model.addAttribute("atRisk", forecast.rows().stream().filter(ForecastView.Row::atRisk).count());
        model.addAttribute("chartJson", json.of(chart(forecast)));
        int pages = Math.max(1, (forecast.rows().size() + pageRows - 1) / pageRows);
        int shown = Math.min(Math.max(page, 1), pages);
        int from = (shown - 1) * pageRows;
        model.addAttribute("rows", forecast.rows().subList(Math.min(from, forecast.rows().size()),
                Math.min(from + pageRows, forecast.rows().size())));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("from", from + 1);
        model.addAttribute("asOf", asOf);
        return "results/forecast";
    }

    private static Map<String, Object> chart(ForecastView forecast) {
        List<ForecastView.Row> rows = forecast.rows().stream().limit(CHART_UNITS).toList();
        List<String> names = new ArrayList<>();
        List<Double> index = new ArrayList<>();
        List<Double> last = new ArrayList<>();
        List<Boolean> risk = new ArrayList<>();
        for (ForecastView.Row r : rows) {
            names.add(r.name());
            index.add(r.index());
            last.add(r.lastIndex());
            risk.add(r.atRisk());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("forecast", Map.of("units", names, "index", index, "last", last, "risk", risk));
        return out;
    }
}
