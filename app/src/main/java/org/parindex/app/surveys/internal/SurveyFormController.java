package org.parindex.app.surveys.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.parindex.app.shared.NotFoundException;
import org.parindex.app.surveys.SurveyRefused;
import org.parindex.app.surveys.Surveys;
import org.parindex.app.units.Units;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public survey form of a unit, reached by its link (or a QR code of it) with a one-time code: no account, no
 * personal data; one code answers once (the code is spent with the answer, so a double submission or a replay stores
 * nothing more), and each address has a limited number of tries.
 */
@Controller
@RequestMapping("/survey/{period}/{unit}")
class SurveyFormController {

    private final Surveys surveys;
    private final Units units;
    private final FormThrottle throttle;

    SurveyFormController(Surveys surveys, Units units, FormThrottle throttle) {
        this.surveys = surveys;
        this.units = units;
        this.throttle = throttle;
    }

    @GetMapping
    String form(@PathVariable String period, @PathVariable String unit, @RequestParam(required = false) String code,
                Model model) {
        show(period, unit, model);
        model.addAttribute("code", code == null ? "" : code.length() > 20 ? "" : code);
        if (!surveys.accepting(period)) {
            model.addAttribute("refused", "closed");
            model.addAttribute("closed", true);
        }
        return "surveys/form";
    }

    @PostMapping
    String answer(@PathVariable String period, @PathVariable String unit, @RequestParam Map<String, String> form,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        show(period, unit, model);
        if (!throttle.tryFrom(request.getRemoteAddr())) {
            response.setStatus(429);
            model.addAttribute("refused", "tooMany");
            return "surveys/form";
        }
        String code = form.getOrDefault("code", "");
        try {
            surveys.answer(period, unit, code.length() > 20 ? "" : code, Map.copyOf(answers(form)));
            return "surveys/thanks";
        } catch (SurveyRefused e) {
            response.setStatus(e.code().equals("badCode") ? 409 : 400);
            model.addAttribute("refused", e.code());
            model.addAttribute("code", e.code().equals("badCode") ? "" : code);
            model.addAttribute("answers", answers(form));
            return "surveys/form";
        }
    }

    /** The answers of the form: fields {@code q.CODE}. */
    private static Map<String, String> answers(Map<String, String> form) {
        Map<String, String> out = new java.util.HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("q.") && k.length() <= 60 && v.length() <= 3) {
                out.put(k.substring(2), v);
            }
        });
        return out;
    }

    private void show(String period, String unit, Model model) {
        var defined = surveys.definition(period).orElseThrow(() -> new NotFoundException("survey of " + period));
        var u = units.find(unit).orElseThrow(() -> new NotFoundException("unit " + unit));
        model.addAttribute("survey", defined.survey());
        model.addAttribute("period", period);
        model.addAttribute("unit", u);
        model.addAttribute("answers", Map.of());
    }
}
