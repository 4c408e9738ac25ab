package org.parindex.app.results;

import java.time.LocalDate;
import java.util.List;
import org.parindex.core.analysis.Observation;

/**
 * Measured indicator values a forecast takes for items with {@code source: indicator:…}. Until a module stores
 * observations there is none, and a forecast reads the score rows only; a module that stores them provides a bean
 * of this type and the forecast uses it.
 */
public interface ForecastInputs {

    /** Observations of the period's units up to {@code asOf} (the forecast takes the latest per unit and indicator). */
    List<Observation> observations(String period, LocalDate asOf);
}
