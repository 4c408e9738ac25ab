package org.parindex.app.bundles.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Bounds of an uploaded bundle (a .zip or a folder): how many files and how many bytes once unpacked. */
@ConfigurationProperties("parindex.import")
record ImportLimits(@DefaultValue("2000") int maxEntries, @DefaultValue("104857600") long maxUncompressedBytes) { }
