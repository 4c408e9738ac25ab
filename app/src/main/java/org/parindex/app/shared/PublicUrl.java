package org.parindex.app.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute links (Open Graph, the Atom feed, articles): {@code parindex.public-url} when set, else this request's. */
@Component
public class PublicUrl {

    private final String configured;

    PublicUrl(@Value("${parindex.public-url:}") String configured) {
        this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    /** The absolute URL of a path of this site ("/results/2023-H1"). */
    public String of(String path) {
        String base = configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : configured;
        return base + path;
    }
}
