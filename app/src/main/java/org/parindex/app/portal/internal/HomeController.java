package org.parindex.app.portal.internal;

import org.parindex.app.accounts.Access;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.accounts.Role;
import org.parindex.app.results.Analysis;
import org.parindex.app.results.ForecastView;
import org.parindex.app.results.PeriodView;
import org.parindex.app.results.Results;
import org.parindex.app.visits.Visits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the periods the visitor may see, and the login page. */
@Controller
class HomeController {

    /** The stages in which an officer sees the forecast's warnings for their unit (before the lock hides results). */
    static final java.util.Set<String> FORECAST_STAGES = java.util.Set.of("SELF_ASSESSMENT", "APPRAISAL_1",
            "EXPLANATIONS", "APPRAISAL_2");

    private final Results results;
    private final Analysis analysis;
    private final Visits visits;

    HomeController(Results results, Analysis analysis, Visits visits) {
        this.results = results;
        this.analysis = analysis;
        this.visits = visits;
    }

    @GetMapping("/")
    String home(Model model) {
        Viewer viewer = Access.viewer();
        var periods = new java.util.ArrayList<>(results.periods().stream()
                .filter(p -> viewer.maySeeResults(p.published())).toList());
        java.util.Collections.reverse(periods);
        model.addAttribute("periods", periods);
        model.addAttribute("viewer", viewer);
        model.addAttribute("visits", visits.count("/"));
        model.addAttribute("forecastWarnings", forecastWarnings(viewer));
        return "portal/home";
    }

    @GetMapping("/login")
    String login() {
        return "portal/login";
    }

    /** An officer's unit's forecast warnings in each period under way, with the period they belong to. */
    private java.util.List<PeriodWarning> forecastWarnings(Viewer viewer) {
        java.util.List<PeriodWarning> out = new java.util.ArrayList<>();
        if (!viewer.is(Role.UNIT_OFFICER) || viewer.unitCode() == null) {
            return out;
        }
        for (PeriodView p : results.periods()) {
            if (FORECAST_STAGES.contains(p.status())) {
                analysis.forecast(p, null).rows().stream().filter(r -> r.unit().equals(viewer.unitCode()))
                        .flatMap(r -> r.warnings().stream()).forEach(w -> out.add(new PeriodWarning(p, w)));
            }
        }
        return out;
    }

    /** A forecast warning of a period. */
    record PeriodWarning(PeriodView period, ForecastView.Warning warning) { }
}
