package org.parindex.app.portal.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.parindex.app.accounts.Access;
import org.parindex.app.results.PageVersion;
import org.parindex.app.results.Results;
import org.parindex.app.visits.Visits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.HtmlUtils;

/**
 * The public pages of published results (a period's ranking and overview, a unit's page in a period) as an anonymous
 * visitor sees them: rendered once per version and language, then served from memory, gzip-compressed once
 * ({@link GzipPage}), with HTTP validators (ETag, Last-Modified; If-None-Match gets 304 and no page). What they show
 * changes only with a correction, a publication or an edit; the {@link PageVersion} row that a database trigger bumps
 * with every such change is read (one primary-key lookup) on every request, so a change is seen at once by every
 * application node, and pages of older versions are never served. Logged-in users' pages (their own menu), requests
 * with another query, and pages rendered within a session or setting a cookie are never kept. The kept pages hold
 * at most {@code parindex.page-cache.max-bytes} (compressed); pages beyond it are rendered for each request.
 * <p>
 * These pages are counted by {@link Visits} under the name the controller gave them: every request the cache answers
 * counts once, a 304 included. The count a page shows is not part of what is kept: each 200 answer carries the count
 * of that very request, so the validator is weak ({@code W/"…"}: the same page but for that line). A browser
 * revalidating and getting 304 shows its own copy with the count it had; the view is counted all the same.
 */
@Component
class PublishedPageCache extends OncePerRequestFilter {

    private static final Pattern PAGE = Pattern.compile("/results/[^/]+(/overview)?|/units/[^/]+");
    private static final Pattern QUERY = Pattern.compile("period=[A-Za-z0-9._-]{1,50}");
    private static final String COUNTER = "id=\"visits\"";

    private final Results results;
    private final LocaleResolver locales;
    private final Visits visits;
    private final MessageSource messages;
    private final long maxBytes;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final AtomicLong kept = new AtomicLong();
    private volatile long version = -1;

    PublishedPageCache(Results results, LocaleResolver locales, Visits visits, MessageSource messages,
                       @Value("${parindex.page-cache.max-bytes:134217728}") long maxBytes) {
        this.results = results;
        this.locales = locales;
        this.visits = visits;
        this.messages = messages;
        this.maxBytes = maxBytes;
    }

    /** A kept page: the version it shows, its validators, the page compressed, and the name its views count under. */
    private record Page(long version, String etag, long lastModified, String contentType, GzipPage body,
                        String visitPage) {

        static Page of(PageVersion v, String key, String contentType, byte[] rendered, String visitPage) {
            String html = new String(rendered, StandardCharsets.UTF_8);
            int tag = visitPage == null ? -1 : html.indexOf(COUNTER);
            int start = tag < 0 ? -1 : html.indexOf('>', tag) + 1;
            int end = start <= 0 ? -1 : html.indexOf("</span>", start);
            GzipPage body = end < 0 ? new GzipPage(rendered, new byte[0])
                    : new GzipPage(html.substring(0, start).getBytes(StandardCharsets.UTF_8),
                            html.substring(end).getBytes(StandardCharsets.UTF_8));
            String etag = "W/\"" + Long.toString(v.version(), 36) + "-"
                    + Integer.toHexString(key.hashCode()) + "\"";
            return new Page(v.version(), etag, v.lastModified().toEpochMilli() / 1000 * 1000, contentType, body,
                    end < 0 ? null : visitPage);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        String uri = request.getRequestURI();
        return !"GET".equals(request.getMethod()) || !PAGE.matcher(uri).matches()
                || (query != null && !(uri.startsWith("/units/") && QUERY.matcher(query).matches()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!Access.viewer().isAnonymous()) {
            chain.doFilter(request, response);
            return;
        }
        PageVersion v = results.pageVersion();
        if (v.version() != version) {
            version = v.version();
            pages.clear();
            kept.set(0);
        }
        Locale locale = locales.resolveLocale(request);
        String query = request.getQueryString();
        String key = request.getRequestURI() + (query == null ? "" : "?" + query) + "|" + locale.toLanguageTag();
        Page page = pages.get(key);
        Visits.Count count;
        if (page == null || page.version() != v.version()) {
            ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, rendered);
            if (rendered.getStatus() != 200 || rendered.containsHeader(HttpHeaders.SET_COOKIE)
                    || request.getSession(false) != null) {   // links might carry a session id: never shared
                rendered.copyBodyToResponse();
                return;
            }
            String visitPage = visits.pageCounted().orElse(null);
            count = visitPage == null ? null : visits.count(visitPage);   // the controller's count of this request
            page = Page.of(v, key, rendered.getContentType(), rendered.getContentAsByteArray(), visitPage);
            keep(key, page);
            rendered.resetBuffer();
        } else {
            count = page.visitPage() == null ? null : visits.count(page.visitPage());
        }
        send(request, response, page, count, locale);
    }

    /** Keeps the page if it is still of the current version and the kept pages have room for it. */
    private void keep(String key, Page page) {
        if (page.version() == version && kept.addAndGet(page.body().bytes()) <= maxBytes) {
            pages.put(key, page);
        } else {
            kept.addAndGet(-page.body().bytes());
        }
    }

    private void send(HttpServletRequest request, HttpServletResponse response, Page page, Visits.Count count,
                      Locale locale) throws IOException {
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
        response.setHeader(HttpHeaders.VARY, "Accept-Encoding, Cookie");
        String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (asked != null && page.etag().endsWith(asked.replaceFirst("^W/", ""))) {   // a weak comparison
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] line = count == null ? new byte[0] : HtmlUtils.htmlEscape(messages.getMessage("visits.line",
                new Object[] {count.today(), count.total()}, locale), "UTF-8").getBytes(StandardCharsets.UTF_8);
        response.setLocale(locale);
        response.setContentType(page.contentType());
        if (acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            byte[] gzip = page.body().gzip(line);
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            response.setContentLength(gzip.length);
            response.getOutputStream().write(gzip);
        } else {
            response.setContentLength(page.body().plainLength(line));
            page.body().writePlain(response.getOutputStream(), line);
        }
    }

    /** Whether an Accept-Encoding header takes gzip (named, or "*", without q=0). */
    static boolean acceptsGzip(String header) {
        if (header == null) {
            return false;
        }
        for (String part : header.split(",")) {
            String[] p = part.trim().split(";");
            String coding = p[0].trim().toLowerCase(Locale.ROOT);
            boolean refused = p.length > 1 && p[1].trim().replace(" ", "").matches("q=0(\\.0*)?");
            if ((coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) && !refused) {
                return true;
            }
        }
        return false;
    }
}
