package org.parindex.app.results;

import java.time.Instant;

/**
 * What the public pages of a published period are made from, as one tag that changes whenever any of it changes
 * (any period's results computed again, a unit or a period added or edited), and when results were last computed.
 * Read from the database on every request, so that every application node sees a publication or a correction at once.
 */
public record PageVersion(String tag, Instant lastModified) { }
