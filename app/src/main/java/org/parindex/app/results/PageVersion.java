package org.parindex.app.results;

import java.time.Instant;

/**
 * The version of everything the public pages are made from, and when it last changed: one database row that a
 * trigger bumps in the transaction of any change to those tables (results computed or corrected, a period published
 * or edited, a unit, a framework, an import; db/vendor/&#42;/V270__page_version.sql). Read with one primary-key
 * lookup on every request, so that every application node sees a publication or a correction at once.
 */
public record PageVersion(long version, Instant lastModified) { }
