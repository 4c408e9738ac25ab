package org.parindex.app.units.internal;

import java.time.LocalDate;
import java.util.List;
import org.parindex.app.accounts.Access;
import org.parindex.app.units.UnitAdministration;
import org.parindex.app.units.UnitChangeRefused;
import org.parindex.app.units.Units;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin: the units; rename, retire, merge two (or more) into a new unit with lineage ({@link UnitAdministration}). */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

    private final Units units;
    private final UnitAdministration administration;

    UnitAdminController(Units units, UnitAdministration administration) {
        this.units = units;
        this.administration = administration;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("units", units.all());
        return "units/index";
    }

    @PostMapping("/{code}/rename")
    String rename(@PathVariable String code, @RequestParam String name, @RequestParam int version,
                  RedirectAttributes redirect) {
        return change(redirect, "units.renamed",
                () -> administration.rename(Access.viewer().username(), code, name, version));
    }

    @PostMapping("/{code}/retire")
    String retire(@PathVariable String code, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
                  @RequestParam int version, RedirectAttributes redirect) {
        return change(redirect, "units.retired",
                () -> administration.retire(Access.viewer().username(), code, lastDay, version));
    }

    @PostMapping("/merge")
    String merge(@RequestParam List<String> merged, @RequestParam String code, @RequestParam String name,
                 @RequestParam String group, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 RedirectAttributes redirect) {
        return change(redirect, "units.merged", () -> administration.merge(Access.viewer().username(), merged,
                code.trim(), name.trim(), group.trim(), from));
    }

    private static String change(RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("failed", "units.conflict");
        } catch (UnitChangeRefused e) {
            redirect.addFlashAttribute("failed", "units.invalid");
            redirect.addFlashAttribute("reason", e.getMessage());
        }
        return "redirect:/admin/units";
    }
}
