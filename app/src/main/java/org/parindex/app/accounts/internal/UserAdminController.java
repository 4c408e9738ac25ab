package org.parindex.app.accounts.internal;

import org.parindex.app.accounts.Access;
import org.parindex.app.accounts.Account;
import org.parindex.app.accounts.Accounts;
import org.parindex.app.accounts.Role;
import org.parindex.app.audit.Audit;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin: user accounts; create, reset a password (which also unlocks), enable or disable. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    static final int MIN_PASSWORD = 8;

    private final Accounts accounts;
    private final Audit audit;
    private final LoginThrottle throttle;

    UserAdminController(Accounts accounts, Audit audit, LoginThrottle throttle) {
        this.accounts = accounts;
        this.audit = audit;
        this.throttle = throttle;
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
                  @RequestParam Role role, @RequestParam(required = false) String unitCode, RedirectAttributes redirect) {
        if (password.length() < MIN_PASSWORD) {
            redirect.addFlashAttribute("failed", "users.passwordShort");
            return "redirect:/admin/users";
        }
        try {
            accounts.create(username.trim(), displayName.trim(), password, role, unitCode);
            audit.record(Access.viewer().username(), "user.create", username, role.name());
            redirect.addFlashAttribute("done", "users.created");
        } catch (DuplicateKeyException e) {
            redirect.addFlashAttribute("failed", "users.exists");
        } catch (IllegalArgumentException | DataIntegrityViolationException e) {
            redirect.addFlashAttribute("failed", "users.invalid");
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
        if (password.length() < MIN_PASSWORD) {
            redirect.addFlashAttribute("failed", "users.passwordShort");
            return "redirect:/admin/users";
        }
        Account account = existing(id);
        accounts.resetPassword(id, password);
        throttle.forget(account.username());
        audit.record(Access.viewer().username(), "user.password", Long.toString(id), null);
        redirect.addFlashAttribute("done", "users.passwordReset");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        existing(id);
        accounts.setEnabled(id, enabled);
        audit.record(Access.viewer().username(), enabled ? "user.enable" : "user.disable", Long.toString(id), null);
        redirect.addFlashAttribute("done", "users.saved");
        return "redirect:/admin/users";
    }

    /** Lifts the account's login locks (failed logins from any source). */
    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        Account account = existing(id);
        throttle.forget(account.username());
        accounts.loginSucceeded(account.username());
        audit.record(Access.viewer().username(), "user.unlock", Long.toString(id), null);
        redirect.addFlashAttribute("done", "users.unlocked");
        return "redirect:/admin/users";
    }

    private Account existing(long id) {
        return accounts.all().stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no user " + id));
    }
}
