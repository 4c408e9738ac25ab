package org.parindex.app.assessments;

import java.time.OffsetDateTime;
import org.parindex.app.assessments.policy.SheetState;

/** One unit's sheet in a period: its state and the version every save must name (optimistic locking). */
public record Sheet(String period, String unit, SheetState state, OffsetDateTime submittedAt, boolean late,
                    int version) { }
