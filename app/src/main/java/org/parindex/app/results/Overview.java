package org.parindex.app.results;

import java.util.List;

/** The district (assessor) overview of a period: bands, and per field the average, best and worst units. */
public record Overview(PeriodView period, int units, double averageIndex, List<BandCount> bands,
                       List<FieldSummary> fields) {

    public record BandCount(String code, String name, double min, int count) { }

    public record UnitPercent(String unit, String name, double percent) { }

    public record FieldSummary(String code, String name, Double average, List<UnitPercent> best,
                               List<UnitPercent> worst) { }
}
