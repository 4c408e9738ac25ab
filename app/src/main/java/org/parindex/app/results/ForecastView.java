package org.parindex.app.results;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a period is heading, as core's {@code Forecast} computes it from what is stored (score rows of every stage,
 * the previous period's final rows and the observations of {@link ForecastInputs}): every unit, those at risk first (largest fall first),
 * then by forecast rank.
 */
public record ForecastView(String period, String periodName, LocalDate asOf, String previous, int decimals,
                           List<Row> rows) {

    /**
     * One unit's forecast.
     *
     * @param lastIndex its (or its predecessors' mean) index in the previous period, null when none
     */
    public record Row(int rank, String unit, String name, double index, double low, double high, String bandCode,
                      String bandName, String lastBandCode, String lastBandName, Double lastIndex, int unknown,
                      List<Warning> warnings) {
        /** At risk: the forecast band is below the last published band. */
        public boolean atRisk() {
            return warnings.stream().anyMatch(w -> "band".equals(w.kind()));
        }

        /** The indicator warnings (items fed by an indicator below their full-points threshold), most at stake first. */
        public List<Warning> indicators() {
            return warnings.stream().filter(w -> "indicator".equals(w.kind())).toList();
        }
    }

    /**
     * A warning: the band falls ({@code kind} band: from → to), or an indicator earns less than full points
     * ({@code kind} indicator: node, value, fullAt, atStake points).
     */
    public record Warning(String kind, String node, String nodeName, Double value, Double fullAt, Double atStake,
                          String from, String to) { }
}
