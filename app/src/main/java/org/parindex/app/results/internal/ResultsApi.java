package org.parindex.app.results.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.parindex.app.accounts.Access;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.results.Overview;
import org.parindex.app.results.PeriodView;
import org.parindex.app.results.RankingView;
import org.parindex.app.results.Results;
import org.parindex.app.results.UnitPage;
import org.parindex.app.results.UnitView;
import org.parindex.app.shared.NotFoundException;
import org.parindex.app.units.Units;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read-only JSON API: periods, results and units, with the same access rules as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "results", description = "Periods, rankings, overviews and units (read only)")
class ResultsApi {

    private final Results results;
    private final Units units;

    ResultsApi(Results results, Units units) {
        this.results = results;
        this.units = units;
    }

    @GetMapping("/periods")
    @Operation(summary = "Every period, oldest first (anonymous visitors: published periods only)")
    List<PeriodView> periods() {
        Viewer viewer = Access.viewer();
        return results.periods().stream().filter(p -> viewer.maySeeResults(p.published())).toList();
    }

    @GetMapping("/periods/{code}")
    @Operation(summary = "One period")
    PeriodView period(@PathVariable String code) {
        PeriodView p = results.period(code).orElseThrow(ResultsApi::notFound);
        Access.requireResults(p.published());
        return p;
    }

    @GetMapping("/periods/{code}/results")
    @Operation(summary = "The period's ranking: rank, unit, index, band, each field's %, change of rank")
    RankingView ranking(@PathVariable String code) {
        Access.requireResults(results.period(code).orElseThrow(ResultsApi::notFound).published());
        return results.ranking(code).orElseThrow(ResultsApi::notFound);
    }

    @GetMapping("/periods/{code}/overview")
    @Operation(summary = "Distribution of bands, average per field, best and worst units per field")
    Overview overview(@PathVariable String code) {
        Access.requireResults(results.period(code).orElseThrow(ResultsApi::notFound).published());
        return results.overview(code).orElseThrow(ResultsApi::notFound);
    }

    @GetMapping("/units")
    @Operation(summary = "Units with lineage (public, as in a published bundle's units.csv)")
    List<UnitView> units() {
        return units.all().stream()
                .map(u -> new UnitView(u.code(), u.name(), u.group(), u.validFrom(), u.validTo(), u.predecessors()))
                .toList();
    }

    @GetMapping("/units/{code}")
    @Operation(summary = "A unit's results: headline, fields, trend across periods and the framework tree "
            + "(anonymous visitors and unit officers: published periods only)")
    UnitPage unit(@PathVariable String code, @RequestParam(required = false) String period) {
        return results.unitPage(code, period, Access.viewer()).orElseThrow(ResultsApi::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("page");
    }
}
