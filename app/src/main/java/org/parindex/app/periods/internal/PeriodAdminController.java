package org.parindex.app.periods.internal;

import org.parindex.app.periods.Periods;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Admin: the list of periods with status and deadlines. */
@Controller
class PeriodAdminController {

    private final Periods periods;

    PeriodAdminController(Periods periods) {
        this.periods = periods;
    }

    @GetMapping("/admin/periods")
    String list(Model model) {
        model.addAttribute("periods", periods.all());
        return "periods/index";
    }
}
