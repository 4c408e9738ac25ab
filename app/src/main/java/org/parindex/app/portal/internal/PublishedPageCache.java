package org.parindex.app.portal.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parindex.app.accounts.Access;
import org.parindex.app.results.PageVersion;
import org.parindex.app.results.Results;
import org.parindex.app.visits.Visits;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public pages of a published period (its ranking and overview) as an anonymous visitor sees them: rendered once
 * per version and language, then served from memory, with HTTP validators (ETag, Last-Modified; If-None-Match gets
 * 304 and no page). Published results change only when they are computed again (a correction) or when a unit or a
 * period is edited; {@link PageVersion} is read from the database on every request, so a change is seen at once by
 * every application node and the pages of older versions are dropped. Logged-in users' pages (their own menu),
 * requests with a query, and pages rendered within a session or setting a cookie are never cached.
 * <p>
 * These pages are counted by {@link Visits}: every request the cache answers counts once, a 304 included, here and
 * only here (the controller's own count within the same request returns this one). The count a page shows is not
 * part of what is kept: the kept page is split around its counter line and each 200 answer carries the count of that
 * very request, so the validator is weak ({@code W/"…"}: the same page but for that line). A browser revalidating
 * and getting 304 shows its own copy with the count it had; the view is counted all the same.
 */
@Component
class PublishedPageCache extends OncePerRequestFilter {

    private static final Pattern PAGE = Pattern.compile("/results/([^/]+)(/overview)?");

    private static final String COUNTER = "id=\"visits\"";

    private final Results results;
    private final LocaleResolver locales;
    private final Visits visits;
    private final MessageSource messages;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private volatile String version = "";

    PublishedPageCache(Results results, LocaleResolver locales, Visits visits, MessageSource messages) {
        this.results = results;
        this.locales = locales;
        this.visits = visits;
        this.messages = messages;
    }

    /** A kept page: its body before and after the counter's text (all in {@code before} if it shows none). */
    private record Page(String etag, long lastModified, String contentType, byte[] before, byte[] after,
            boolean counted) {

        static Page of(String etag, long lastModified, String contentType, byte[] body) {
            String html = new String(body, StandardCharsets.UTF_8);
            int tag = html.indexOf(COUNTER);
            int start = tag < 0 ? -1 : html.indexOf('>', tag) + 1;
            int end = start <= 0 ? -1 : html.indexOf("</span>", start);
            if (end < 0) {
                return new Page(etag, lastModified, contentType, body, new byte[0], false);
            }
            return new Page(etag, lastModified, contentType, html.substring(0, start).getBytes(StandardCharsets.UTF_8),
                    html.substring(end).getBytes(StandardCharsets.UTF_8), true);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getQueryString() != null
                || !PAGE.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = PAGE.matcher(request.getRequestURI());
        Optional<PageVersion> v = m.matches() && Access.viewer().isAnonymous()
                ? results.pageVersion(m.group(1)) : Optional.empty();
        if (v.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (!v.get().tag().equals(version)) {
            pages.clear();
            version = v.get().tag();
        }
        Visits.Count count = visits.count(request.getRequestURI());
        Locale locale = locales.resolveLocale(request);
        String key = request.getRequestURI() + "|" + locale.toLanguageTag();
        Page page = pages.get(key);
        if (page == null) {
            ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, rendered);
            if (rendered.getStatus() != 200 || rendered.containsHeader(HttpHeaders.SET_COOKIE)
                    || request.getSession(false) != null) {   // links might carry a session id: never shared
                rendered.copyBodyToResponse();
                return;
            }
            String etag = "W/\"" + DigestUtils.md5DigestAsHex((v.get().tag() + "|" + key).getBytes(StandardCharsets.UTF_8))
                    + "\"";
            page = Page.of(etag, v.get().lastModified().toEpochMilli() / 1000 * 1000, rendered.getContentType(),
                    rendered.getContentAsByteArray());
            pages.put(key, page);
            rendered.resetBuffer();
        }
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
        response.setHeader(HttpHeaders.VARY, "Cookie");
        String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (asked != null && page.etag().endsWith(asked.replaceFirst("^W/", ""))) {   // a weak comparison
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] line = page.counted() ? HtmlUtils.htmlEscape(messages.getMessage("visits.line",
                new Object[] {count.today(), count.total()}, locale), "UTF-8").getBytes(StandardCharsets.UTF_8) : new byte[0];
        response.setLocale(locale);
        response.setContentType(page.contentType());
        response.setContentLength(page.before().length + line.length + page.after().length);
        var out = response.getOutputStream();
        out.write(page.before());
        out.write(line);
        out.write(page.after());
    }
}
