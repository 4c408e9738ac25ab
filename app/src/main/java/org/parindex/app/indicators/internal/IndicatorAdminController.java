package org.parindex.app.indicators.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.parindex.app.accounts.Access;
import org.parindex.app.indicators.ApiTokens;
import org.parindex.app.indicators.IndicatorIntake;
import org.parindex.app.indicators.IntakeRefused;
import org.parindex.app.indicators.Observations;
import org.parindex.app.indicators.TokenScope;
import org.parindex.app.periods.Periods;
import org.parindex.app.shared.NotFoundException;
import org.parindex.core.bundle.Codes;
import org.parindex.core.problem.BadInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin: upload a period's indicator file, see every problem or what it would add, confirm (nothing is written
 * before); create and revoke the API tokens of the systems that send data (a new token is shown once).
 */
@Controller
@RequestMapping("/admin/indicators")
class IndicatorAdminController {

    /** The largest indicator file the page takes (a file up to the format's limit goes through the command line). */
    static final int MAX_UPLOAD = 20 * 1024 * 1024;
    private static final Duration KEEP = Duration.ofMinutes(30);

    private record Staged(String owner, String period, String text, Instant at) { }

    private final IndicatorIntake intake;
    private final ApiTokens tokens;
    private final Periods periods;
    private final Map<String, Staged> staged = new ConcurrentHashMap<>();

    IndicatorAdminController(IndicatorIntake intake, ApiTokens tokens, Periods periods) {
        this.intake = intake;
        this.tokens = tokens;
        this.periods = periods;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("periods", periods.all().stream().filter(p -> !p.status().isClosed()).toList());
        model.addAttribute("tokens", tokens.all());
        model.addAttribute("scopes", TokenScope.values());
        return "indicators/index";
    }

    @PostMapping("/preview")
    String preview(@RequestParam String period, @RequestParam("file") MultipartFile file, Model model,
                   HttpServletResponse response) throws IOException {
        model.addAttribute("period", period);
        model.addAttribute("fileName", file.getOriginalFilename());
        if (!Codes.isValid(period)) {
            throw new NotFoundException("period " + Codes.shown(period));
        }
        if (file.isEmpty() || file.getSize() > MAX_UPLOAD) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("refused", file.isEmpty() ? "empty" : "tooLarge");
            return "indicators/preview";
        }
        String text = new String(file.getBytes(), StandardCharsets.UTF_8);
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            IndicatorIntake.Preview preview = intake.preview(period, text);
            model.addAttribute("preview", preview);
            if (preview.ok()) {
                staged.values().removeIf(s -> s.at().plus(KEEP).isBefore(Instant.now()));
                String token = UUID.randomUUID().toString();
                staged.put(token, new Staged(Access.viewer().username(), period, text, Instant.now()));
                model.addAttribute("token", token);
            } else {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        } catch (IntakeRefused e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refused", e.code());
        }
        return "indicators/preview";
    }

    /** A POST that is no multipart upload (no file chosen, a hand-made request): refused like an empty file. */
    @ExceptionHandler(MultipartException.class)
    String notAnUpload(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("refused", "empty");
        return "indicators/preview";
    }

    @PostMapping("/import")
    String confirm(@RequestParam String token, RedirectAttributes flash) {
        Staged s = staged.remove(token);
        if (s == null || !s.owner().equals(Access.viewer().username()) || s.at().plus(KEEP).isBefore(Instant.now())) {
            flash.addFlashAttribute("error", "indicators.expired");
            return "redirect:/admin/indicators";
        }
        try {
            Observations.Appended done = intake.importFile(s.period(), s.text(), Access.viewer().username());
            flash.addFlashAttribute("imported", done);
            flash.addFlashAttribute("importedPeriod", s.period());
        } catch (IntakeRefused | BadInputException e) {
            flash.addFlashAttribute("error", "indicators.changedSince");
        }
        return "redirect:/admin/indicators";
    }

    @PostMapping("/tokens")
    String create(@RequestParam String name, @RequestParam TokenScope scope, RedirectAttributes flash) {
        try {
            ApiTokens.Created created = tokens.create(name, scope, Access.viewer().username());
            flash.addFlashAttribute("created", created);
        } catch (IntakeRefused e) {
            flash.addFlashAttribute("error", "indicators.tokenName.invalid");
        }
        return "redirect:/admin/indicators#tokens";
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes flash) {
        tokens.revoke(id, Access.viewer().username());
        flash.addFlashAttribute("revoked", id);
        return "redirect:/admin/indicators#tokens";
    }
}
