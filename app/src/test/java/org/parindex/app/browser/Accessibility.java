package org.parindex.app.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/**
 * axe-core (Deque's rules, WCAG 2.1 A and AA) run on the page as it is in the browser: the serious and critical
 * violations, each with the first elements it found, and whether the page scrolls sideways.
 */
public final class Accessibility {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private Accessibility() { }

    /** "rule ×count: targets" for every serious or critical violation; empty when there is none. */
    public static List<String> seriousViolations(Page page) {
        return new AxeBuilder(page).withTags(TAGS).analyze().getViolations().stream()
                .filter(Accessibility::serious)
                .map(r -> r.getId() + " ×" + r.getNodes().size() + ": " + r.getNodes().stream().limit(3)
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(" ")))
                .toList();
    }

    /** How many CSS pixels the page is wider than its window (0 when it does not scroll sideways). */
    public static int overflow(Page page) {
        return ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }

    private static boolean serious(Rule r) {
        return "serious".equals(r.getImpact()) || "critical".equals(r.getImpact());
    }
}
