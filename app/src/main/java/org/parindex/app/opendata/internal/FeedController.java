package org.parindex.app.opendata.internal;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parindex.app.accounts.Access;
import org.parindex.app.accounts.Viewer;
import org.parindex.app.opendata.PublicationLog;
import org.parindex.app.results.PeriodView;
import org.parindex.app.results.Results;
import org.parindex.app.shared.PublicUrl;
import org.parindex.core.integrity.PublicationEntry;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The Atom feed of publications (Rome): one entry per entry of the publication log, newest first. */
@RestController
class FeedController {

    static final int MAX_ENTRIES = 100;

    private final Results results;
    private final PublicationLog log;
    private final PublicUrl url;
    private final MessageSource messages;

    FeedController(Results results, PublicationLog log, PublicUrl url, MessageSource messages) {
        this.results = results;
        this.log = log;
        this.url = url;
        this.messages = messages;
    }

    @GetMapping("/feed.atom")
    ResponseEntity<String> feed() throws FeedException {
        Viewer viewer = Access.viewer();
        Map<String, PeriodView> visible = results.periods().stream().filter(p -> viewer.maySeeResults(p.published()))
                .collect(Collectors.toMap(PeriodView::code, p -> p));
        List<PublicationEntry> entries = new ArrayList<>(log.entries().stream()
                .filter(e -> visible.containsKey(e.period())).toList());
        Collections.reverse(entries);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(message("feed.title"));
        feed.setLink(url.of("/"));
        feed.setUri(url.of("/feed.atom"));
        feed.setLanguage("vi");
        feed.setPublishedDate(entries.isEmpty() ? new Date(0) : Date.from(entries.get(0).at()));
        List<SyndEntry> out = new ArrayList<>();
        for (PublicationEntry e : entries.subList(0, Math.min(MAX_ENTRIES, entries.size()))) {
            PeriodView p = visible.get(e.period());
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(message("feed.entry." + e.kind(), p.name()));
            entry.setLink(url.of("/results/" + p.code() + "/open-data"));
            entry.setUri("urn:sha256:" + e.hash());
            entry.setPublishedDate(Date.from(e.at()));
            entry.setUpdatedDate(Date.from(e.at()));
            SyndContent content = new SyndContentImpl();
            content.setType("text");
            content.setValue(message("feed.entry.content", e.bundleSha256(), e.resultsSha256(), e.hash(),
                    String.valueOf(e.seq()), e.kind(), e.at().toString(), e.previousHash()));
            entry.setDescription(content);
            out.add(entry);
        }
        feed.setEntries(out);
        return ResponseEntity.ok().contentType(MediaType.valueOf("application/atom+xml;charset=UTF-8"))
                .body(new SyndFeedOutput().outputString(feed));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, ArticleController.VI);
    }
}
