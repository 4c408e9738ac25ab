package org.parindex.app.results.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import org.parindex.app.accounts.Access;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.results.Analysis;
import org.parindex.app.results.ExplainView;
import org.parindex.app.results.ForecastView;
import org.parindex.app.results.PeriodView;
import org.parindex.app.results.Results;
import org.parindex.app.results.TargetsView;
import org.parindex.app.results.WhatIfView;
import org.parindex.app.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Explain, targets, what-if and forecast as JSON, with the same access rules as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "analysis", description = "Why a unit's index changed, what it takes to rise, what-if, forecast")
class AnalysisApi {

    private final Results results;
    private final Analysis analysis;
    private final WhatIfRequests requests;

    AnalysisApi(Results results, Analysis analysis, WhatIfRequests requests) {
        this.results = results;
        this.analysis = analysis;
        this.requests = requests;
    }

    @GetMapping("/units/{unit}/explain")
    @Operation(summary = "The change of the unit's index since the previous period, one contribution per field "
            + "(adding up to the change as displayed), the rank change, who passed it and whom it passed")
    ExplainView explain(@PathVariable String unit, @RequestParam String period) {
        visible(unit, period);
        return analysis.explain(unit, period).orElseThrow(() -> new NotFoundException("change to explain"));
    }

    @GetMapping("/units/{unit}/targets")
    @Operation(summary = "The gap to the next band and to the next rank, and the items with points still to gain")
    TargetsView targets(@PathVariable String unit, @RequestParam String period) {
        visible(unit, period);
        return analysis.targets(unit, period, LocaleContextHolder.getLocale())
                .orElseThrow(() -> new NotFoundException("result"));
    }

    @PostMapping(value = "/units/{unit}/whatif", consumes = "application/json")
    @Operation(summary = "The unit's index, band, field % and rank with some item values replaced (the unit's "
            + "officer and the council only)", description = "Body: {\"values\": {\"7.3.1\": \"50\", \"6.3.1\": "
            + "\"yes\"}}, values as in a scores file (NA too); at most " + WhatIfRequests.MAX_ITEMS + " items, "
            + WhatIfRequests.MAX_BYTES + " bytes. A refused value is a 400 naming the item.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations
            .media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(
            implementation = WhatIfBody.class)))
    WhatIfView whatIf(@PathVariable String unit, @RequestParam String period, HttpServletRequest request)
            throws IOException {
        visible(unit, period);
        if (!Access.viewer().mayImprove(unit)) {
            throw new AccessDeniedException("what-if is for the unit's officer and the council");
        }
        return analysis.whatIf(unit, period, requests.read(request)).orElseThrow(() -> new NotFoundException("result"));
    }

    @GetMapping("/periods/{period}/forecast")
    @Operation(summary = "Where the period is heading: every unit's forecast index, low and high bound, band, rank, "
            + "unknown items and warnings, units at risk first (the council, admins and viewers)")
    ForecastView forecast(@PathVariable String period,
                          @Parameter(description = "YYYY-MM-DD; default: today, or the period's last day if earlier")
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                          LocalDate asOf) {
        return forecastOf(results, analysis, period, asOf);
    }

    /** The what-if body as OpenAPI describes it (read within its limits by {@link WhatIfRequests}). */
    record WhatIfBody(java.util.Map<String, String> values) { }

    /** The forecast a page or the API shows, after checking the viewer may see it. */
    static ForecastView forecastOf(Results results, Analysis analysis, String period, LocalDate asOf) {
        Viewer viewer = Access.viewer();
        if (!viewer.mayForecast()) {
            throw new AccessDeniedException("forecasts are for the council");
        }
        PeriodView p = results.period(period).orElseThrow(() -> new NotFoundException("period"));
        return analysis.forecast(p, asOf);
    }

    private void visible(String unit, String period) {
        Access.requireUnit(unit);
        PeriodView p = results.period(period).orElseThrow(() -> new NotFoundException("period"));
        Access.requireResults(p.published());
    }
}
