package org.parindex.app.evidence.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The largest evidence file accepted, in bytes (20 MB by default). */
@ConfigurationProperties("parindex.evidence")
public record EvidenceLimits(@DefaultValue("20971520") long maxBytes) { }
