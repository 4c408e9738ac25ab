package org.parindex.app.portal.internal;

import java.util.Comparator;
import java.util.List;
import org.parindex.app.frameworks.FrameworkVersion;
import org.parindex.app.frameworks.Frameworks;
import org.parindex.app.periods.Period;
import org.parindex.app.periods.Periods;
import org.parindex.app.shared.NotFoundException;
import org.parindex.core.framework.FrameworkDiff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Framework versions for everyone who scores or appraises: the tree with maxima, rules and evidence, and what changed. */
@Controller
@RequestMapping("/frameworks")
class FrameworkBrowserController {

    /** A version and the periods scored with it. */
    record Usage(FrameworkVersion version, List<Period> periods) { }

    private final Frameworks frameworks;
    private final Periods periods;

    FrameworkBrowserController(Frameworks frameworks, Periods periods) {
        this.frameworks = frameworks;
        this.periods = periods;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("versions", frameworks.all().stream().map(this::usage).toList());
        return "frameworks/index";
    }

    @GetMapping("/{id}")
    String tree(@PathVariable long id, Model model) {
        FrameworkVersion version = version(id);
        model.addAttribute("usage", usage(version));
        model.addAttribute("framework", version.framework());
        return "frameworks/tree";
    }

    /** Without both versions chosen, compares the two newest. */
    @GetMapping("/compare")
    String compare(@RequestParam(required = false) Long from, @RequestParam(required = false) Long to, Model model) {
        List<FrameworkVersion> all = frameworks.all().stream()
                .sorted(Comparator.comparing(FrameworkVersion::createdAt).thenComparing(FrameworkVersion::id)).toList();
        if (all.isEmpty()) {
            throw new NotFoundException("page");
        }
        FrameworkVersion older = from != null ? version(from) : all.get(Math.max(0, all.size() - 2));
        FrameworkVersion newer = to != null ? version(to) : all.get(all.size() - 1);
        model.addAttribute("versions", all);
        model.addAttribute("older", older);
        model.addAttribute("newer", newer);
        model.addAttribute("settings", FrameworkDiff.settings(older.framework(), newer.framework()));
        model.addAttribute("changes", FrameworkDiff.between(older.framework(), newer.framework()));
        return "frameworks/compare";
    }

    private FrameworkVersion version(long id) {
        return frameworks.byId(id).orElseThrow(() -> new NotFoundException("framework " + id));
    }

    private Usage usage(FrameworkVersion version) {
        return new Usage(version, periods.all().stream().filter(p -> p.frameworkId() == version.id()).toList());
    }
}
