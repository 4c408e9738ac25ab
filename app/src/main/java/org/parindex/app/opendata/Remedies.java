package org.parindex.app.opendata;

import java.util.List;

/**
 * The seam for a unit's improvement plan: the remedies an article names, from the plan the unit adopted for the
 * period (the plans module provides a bean; without one, articles have no remedies section).
 */
public interface Remedies {

    /** The plan's remedies, one sentence each, in Vietnamese; empty when the unit has no plan for the period. */
    List<String> of(String period, String unit);
}
