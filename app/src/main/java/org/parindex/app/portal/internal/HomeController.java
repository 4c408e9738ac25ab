package org.parindex.app.portal.internal;

import org.parindex.app.accounts.Access;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.results.Results;
import org.parindex.app.visits.Visits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the periods the visitor may see, and the login page. */
@Controller
class HomeController {

    private final Results results;
    private final Visits visits;

    HomeController(Results results, Visits visits) {
        this.results = results;
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
        return "portal/home";
    }

    @GetMapping("/login")
    String login() {
        return "portal/login";
    }
}
