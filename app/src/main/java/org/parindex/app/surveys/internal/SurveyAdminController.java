package org.parindex.app.surveys.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.parindex.app.accounts.Access;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.Periods;
import org.parindex.app.shared.NotFoundException;
import org.parindex.app.shared.PublicUrl;
import org.parindex.app.surveys.SurveyRefused;
import org.parindex.app.surveys.Surveys;
import org.parindex.app.units.Units;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Admin: a period's survey — its definition (YAML), imported responses (CSV: every row or none), one-time codes
 * for a unit's respondents with the form's link, and each unit's satisfaction with its sample and interval.
 */
@Controller
@RequestMapping("/admin/surveys")
class SurveyAdminController {

    static final int MAX_UPLOAD = 20 * 1024 * 1024;

    private final Surveys surveys;
    private final Periods periods;
    private final Units units;
    private final PublicUrl publicUrl;

    SurveyAdminController(Surveys surveys, Periods periods, Units units, PublicUrl publicUrl) {
        this.surveys = surveys;
        this.periods = periods;
        this.units = units;
        this.publicUrl = publicUrl;
    }

    @GetMapping
    String page(@RequestParam(required = false) String period, Model model) {
        var all = periods.all();
        Period chosen = period == null ? all.stream().filter(p -> !p.status().isClosed()).reduce((a, b) -> b)
                .orElse(all.isEmpty() ? null : all.get(all.size() - 1))
                : periods.find(period).orElseThrow(() -> new NotFoundException("period " + period));
        model.addAttribute("periods", all);
        model.addAttribute("period", chosen);
        if (chosen != null) {
            surveys.definition(chosen.code()).ifPresent(d -> {
                model.addAttribute("survey", d.survey());
                model.addAttribute("satisfaction", surveys.satisfaction(chosen.code()));
                model.addAttribute("responses", surveys.count(chosen.code()));
            });
            model.addAttribute("units", units.all().stream().filter(u -> chosen.unitCodes().isEmpty()
                    || chosen.unitCodes().contains(u.code())).toList());
        }
        return "surveys/admin";
    }

    @PostMapping("/{period}/definition")
    String define(@PathVariable String period, @RequestParam("file") MultipartFile file, RedirectAttributes flash)
            throws IOException {
        surveys.define(period, text(file), Access.viewer().username());
        flash.addFlashAttribute("done", "survey.defined");
        return "redirect:/admin/surveys?period=" + period;
    }

    /** A responses file: CSV, or an .xlsx workbook with the same columns on its first sheet. */
    @PostMapping("/{period}/responses")
    String responses(@PathVariable String period, @RequestParam("file") MultipartFile file, RedirectAttributes flash)
            throws IOException {
        String who = Access.viewer().username();
        int n = isWorkbook(file) ? surveys.importResponsesWorkbook(period, bytes(file), name(file), who)
                : surveys.importResponses(period, text(file), who);
        flash.addFlashAttribute("imported", n);
        return "redirect:/admin/surveys?period=" + period;
    }

    /** New codes are shown once, on this page (never stored in clear). */
    @PostMapping("/{period}/codes")
    String codes(@PathVariable String period, @RequestParam String unit, @RequestParam int count, Model model) {
        model.addAttribute("codes", surveys.issueCodes(period, unit, count, Access.viewer().username()));
        model.addAttribute("period", period);
        var u = units.find(unit).orElseThrow();
        model.addAttribute("unit", u);
        // the configured public address, never the request's Host header (a printed QR code outlives the request)
        String link = publicUrl.of(UriComponentsBuilder.fromPath("/survey/{p}/{u}")
                .buildAndExpand(period, unit).encode().toUriString());
        model.addAttribute("link", link);
        model.addAttribute("qr", QrSvg.of(link, u.name()));
        return "surveys/codes";
    }

    private static String text(MultipartFile file) throws IOException {
        String text = new String(bytes(file), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static byte[] bytes(MultipartFile file) throws IOException {
        if (file.isEmpty() || file.getSize() > MAX_UPLOAD) {
            throw new SurveyRefused(file.isEmpty() ? "empty" : "tooLarge");
        }
        return file.getBytes();
    }

    /** By its name or its first bytes (a zip, or an old binary .xls that the workbook reader refuses by name). */
    private static boolean isWorkbook(MultipartFile file) throws IOException {
        String name = name(file).toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            return true;
        }
        try (var in = file.getInputStream()) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && (head[0] == 'P' && head[1] == 'K'
                    || (head[0] & 0xff) == 0xd0 && (head[1] & 0xff) == 0xcf);
        }
    }

    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "responses.xlsx" : name;
    }

    @ExceptionHandler(BadInputException.class)
    String problems(BadInputException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problems", e.problems());
        return "surveys/refused";
    }

    @ExceptionHandler({SurveyRefused.class, MultipartException.class})
    String refused(Exception e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("refused", e instanceof SurveyRefused r ? r.code() : "empty");
        return "surveys/refused";
    }
}
