package org.parindex.app.opendata.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.parindex.app.accounts.Access;
import org.parindex.app.opendata.OpenData;
import org.parindex.app.opendata.PublicationLog;
import org.parindex.app.results.PeriodView;
import org.parindex.app.results.Results;
import org.parindex.app.shared.NotFoundException;
import org.parindex.app.shared.OpenGraph;
import org.parindex.app.shared.PublicUrl;
import org.parindex.app.visits.Visits;
import org.parindex.core.integrity.PublicationEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A published period's open-data page: the canonical bundle and the results CSV as published, their SHA-256, how
 * to recompute the ranking, and the publication log. The files carry their SHA-256 as a strong ETag.
 */
@Controller
class OpenDataController {

    private final Results results;
    private final PublicationLog log;
    private final Visits visits;
    private final PublicUrl url;
    private final MessageSource messages;

    OpenDataController(Results results, PublicationLog log, Visits visits, PublicUrl url, MessageSource messages) {
        this.results = results;
        this.log = log;
        this.visits = visits;
        this.url = url;
        this.messages = messages;
    }

    @GetMapping("/results/{period}/open-data")
    String page(@PathVariable String period, Model model) {
        PeriodView p = visible(period);
        OpenData data = log.latest(period).orElseThrow(() -> new NotFoundException("page"));
        List<PublicationEntry> all = log.entries();
        model.addAttribute("period", p);
        model.addAttribute("data", data);
        model.addAttribute("bundleSize", data.bundleZip().length);
        model.addAttribute("resultsSize", data.resultsCsv().length);
        List<PublicationEntry> entries = new ArrayList<>(log.entries(period));
        Collections.reverse(entries);
        model.addAttribute("entries", entries);
        model.addAttribute("head", all.get(all.size() - 1));
        model.addAttribute("chainIntact", log.check().isEmpty());
        model.addAttribute("visits", visits.count("/results/" + period + "/open-data"));
        String title = messages.getMessage("opendata.title", new Object[] {p.name()}, LocaleContextHolder.getLocale());
        model.addAttribute("og", new OpenGraph(title, "SHA-256 " + data.entry().resultsSha256(),
                url.of("/results/" + period + "/open-data")));
        return "opendata/page";
    }

    @GetMapping("/results/{period}/open-data/{file:.+}")
    ResponseEntity<byte[]> file(@PathVariable String period, @PathVariable String file) {
        visible(period);
        OpenData data = log.latest(period).orElseThrow(() -> new NotFoundException("file"));
        if (file.equals(data.bundleName())) {
            return download(data.bundleZip(), data.entry().bundleSha256(), file, MediaType.valueOf("application/zip"));
        }
        if (file.equals(data.resultsName())) {
            return download(data.resultsCsv(), data.entry().resultsSha256(), file,
                    new MediaType("text", "csv", StandardCharsets.UTF_8));
        }
        throw new NotFoundException("file");
    }

    /** The period, if it has results the viewer may see (anonymous: published); else 404, login or 403. */
    private PeriodView visible(String period) {
        PeriodView p = results.period(period).filter(PeriodView::computed)
                .orElseThrow(() -> new NotFoundException("page"));
        Access.requireResults(p.published());
        return p;
    }

    /** Served as published; a client that has these bytes (If-None-Match) gets 304. */
    private static ResponseEntity<byte[]> download(byte[] bytes, String sha256, String name, MediaType type) {
        return ResponseEntity.ok().eTag("\"" + sha256 + "\"").cacheControl(CacheControl.noCache().cachePublic())
                .contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }
}
