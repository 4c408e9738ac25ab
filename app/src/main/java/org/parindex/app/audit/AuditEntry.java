package org.parindex.app.audit;

import java.time.OffsetDateTime;

/** One append-only record of a change: who did what to which subject, and when. */
public record AuditEntry(long id, OffsetDateTime at, String actor, String action, String subject, String detail) { }
