package org.parindex.app.accounts.internal;

import org.parindex.app.accounts.Access;
import org.parindex.app.accounts.AccountChangeRefused;
import org.parindex.app.accounts.Accounts;
import org.parindex.app.accounts.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin: user accounts; create, reset a password (which also unlocks), enable or disable. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final Accounts accounts;
    private final UserAdministration administration;

    UserAdminController(Accounts accounts, UserAdministration administration) {
        this.accounts = accounts;
        this.administration = administration;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("now", java.time.OffsetDateTime.now());
        return "accounts/users";
    }

    @PostMapping
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
                  @RequestParam Role role, @RequestParam(required = false) String unitCode,
                  @RequestParam(required = false) String email, RedirectAttributes redirect) {
        return change(redirect, "users.created", () -> administration.create(Access.viewer().username(), username,
                displayName, password, role, unitCode, email));
    }

    @PostMapping("/{id}/email")
    String setEmail(@PathVariable long id, @RequestParam(defaultValue = "") String email,
                    RedirectAttributes redirect) {
        return change(redirect, "users.emailSaved",
                () -> administration.setEmail(Access.viewer().username(), id, email));
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
        return change(redirect, "users.passwordReset",
                () -> administration.resetPassword(Access.viewer().username(), id, password));
    }

    @PostMapping("/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        return change(redirect, "users.saved",
                () -> administration.setEnabled(Access.viewer().username(), id, enabled));
    }

    private static String change(RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (AccountChangeRefused e) {
            redirect.addFlashAttribute("failed", e.key());
        } catch (DataIntegrityViolationException e) {
            redirect.addFlashAttribute("failed", "users.invalid");
        }
        return "redirect:/admin/users";
    }

    /** Lifts the account's login locks (failed logins from any source). */
    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return change(redirect, "users.unlocked", () -> administration.unlock(Access.viewer().username(), id));
    }
}
