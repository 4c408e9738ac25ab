package org.parindex.app.audit;

import java.time.OffsetDateTime;

/**
 * One append-only audit entry of a change in a period: who, when, what ({@code action}), which unit and node
 * (either may be null for a period-wide change), old → new and the reason given.
 */
public record ItemChange(long id, OffsetDateTime at, String actor, String action, String period, String unit,
                         String node, String oldValue, String newValue, String reason) { }
