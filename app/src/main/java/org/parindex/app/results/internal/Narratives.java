package org.parindex.app.results.internal;

import java.util.Locale;
import java.util.Optional;
import org.parindex.core.history.BundleResults;
import org.parindex.core.report.NarrativeReport;
import org.springframework.stereotype.Component;

/** Core's narrative report of a unit in a period (headline, fields, earlier ranks and why it changed). */
@Component
public class Narratives {

    private final StoredHistory history;

    Narratives(StoredHistory history) {
        this.history = history;
    }

    public Optional<String> narrative(String unit, String period, Locale locale) {
        BundleResults results = history.results();
        if (results.bundle().period(period).isEmpty() || results.unit(period, unit).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(NarrativeReport.write(results, period, unit, locale));
    }
}
