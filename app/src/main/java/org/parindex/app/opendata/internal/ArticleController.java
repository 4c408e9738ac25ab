package org.parindex.app.opendata.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.parindex.app.accounts.Access;
import org.parindex.app.opendata.OpenData;
import org.parindex.app.opendata.PublicationLog;
import org.parindex.app.opendata.Remedies;
import org.parindex.app.results.PeriodView;
import org.parindex.app.results.Results;
import org.parindex.app.results.UnitPage;
import org.parindex.app.shared.NotFoundException;
import org.parindex.app.shared.PublicUrl;
import org.parindex.core.report.Article;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A unit's ready-to-publish article (always in Vietnamese, as commune portals publish): the page to copy it from,
 * and the article as an HTML fragment and as plain text. Visible wherever the unit's page is.
 */
@Controller
class ArticleController {

    static final Locale VI = Locale.forLanguageTag("vi");

    private final Results results;
    private final PublicationLog log;
    private final List<Remedies> remedies;
    private final PublicUrl url;
    private final MessageSource messages;

    ArticleController(Results results, PublicationLog log, List<Remedies> remedies, PublicUrl url,
                      MessageSource messages) {
        this.results = results;
        this.log = log;
        this.remedies = remedies;
        this.url = url;
        this.messages = messages;
    }

    @GetMapping("/units/{unit}/article")
    String page(@PathVariable String unit, @RequestParam(required = false) String period, Model model) {
        UnitPage page = unitPage(unit, period);
        Article article = article(page);
        model.addAttribute("page", page);
        model.addAttribute("period", page.period());
        model.addAttribute("article", article);
        model.addAttribute("html", article.html());
        return "opendata/article";
    }

    @GetMapping("/units/{unit}/article.html")
    ResponseEntity<String> html(@PathVariable String unit, @RequestParam(required = false) String period) {
        UnitPage page = unitPage(unit, period);
        return file(article(page).html(), MediaType.TEXT_HTML, name(page, "html"));
    }

    @GetMapping("/units/{unit}/article.txt")
    ResponseEntity<String> text(@PathVariable String unit, @RequestParam(required = false) String period) {
        UnitPage page = unitPage(unit, period);
        return file(article(page).text(), MediaType.TEXT_PLAIN, name(page, "txt"));
    }

    /** The unit's page in the period (or its latest visible one), as the viewer may see it; else 404 or refused. */
    private UnitPage unitPage(String unit, String period) {
        UnitPage page = results.unitPage(unit, period, Access.viewer()).orElseThrow(() -> new NotFoundException("page"));
        if (page.headline() == null) {
            throw new NotFoundException("page");
        }
        return page;
    }

    private Article article(UnitPage page) {
        String period = page.period().code();
        String unit = page.unit().code();
        String narrative = results.narrative(unit, period, VI).orElseThrow(() -> new NotFoundException("page"));
        List<String> plan = remedies.stream().map(r -> r.of(period, unit)).filter(l -> !l.isEmpty()).findFirst()
                .orElse(List.of());
        return Article.of(narrative, page.period().demo(), messages.getMessage("article.remedies", null, VI), plan,
                source(page.period()));
    }

    /** Where the figures come from: the open-data page and the SHA-256 of the results, when published. */
    private String source(PeriodView period) {
        String page = url.of("/results/" + period.code() + "/open-data");
        return log.latest(period.code()).filter(d -> period.published())
                .map(OpenData::entry)
                .map(e -> messages.getMessage("article.source", new Object[] {page, e.resultsSha256()}, VI))
                .orElse(null);
    }

    private static String name(UnitPage page, String ext) {
        return "bai-viet-" + page.unit().code() + "-" + page.period().code() + "." + ext;
    }

    private static ResponseEntity<String> file(String body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(new MediaType(type, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
