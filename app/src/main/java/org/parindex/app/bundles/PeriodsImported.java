package org.parindex.app.bundles;

import java.util.List;

/** Published (in the import's transaction) when a bundle brought periods with final results, stored as published. */
public record PeriodsImported(List<String> published) { }
