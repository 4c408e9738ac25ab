package org.parindex.app.portal.internal;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.parindex.app.accounts.Access;
import org.parindex.app.results.PageVersion;
import org.parindex.app.results.Results;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * HTTP validators (ETag, Last-Modified) for the public pages of a published period, seen by an anonymous visitor:
 * a browser or proxy asking again with If-None-Match gets 304 and no page while nothing the page is made of has
 * changed ({@link PageVersion}). The tag also holds the page, the language and the visitor's session, so that a
 * page is never reused in another language or with another session's form token. Logged-in users' pages are not
 * validated (they show the user's own menu and tasks).
 */
@Component
class PublicPageValidators {

    private final Results results;

    PublicPageValidators(Results results) {
        this.results = results;
    }

    /** True when the visitor's copy is current (the response is then a 304); otherwise the headers are set. */
    boolean notModified(String period, ServletWebRequest request) {
        if (!Access.viewer().isAnonymous()) {
            return false;
        }
        Optional<PageVersion> version = results.pageVersion(period);
        if (version.isEmpty()) {
            return false;
        }
        HttpSession session = request.getRequest().getSession(false);
        String tag = String.join("|", version.get().tag(), request.getRequest().getRequestURI(),
                String.valueOf(request.getRequest().getQueryString()), LocaleContextHolder.getLocale().toLanguageTag(),
                session == null ? "-" : session.getId());
        if (request.getResponse() != null) {
            request.getResponse().setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        }
        return request.checkNotModified("\"" + DigestUtils.md5DigestAsHex(tag.getBytes(StandardCharsets.UTF_8)) + "\"",
                version.get().lastModified().toEpochMilli());
    }
}
