package org.parindex.app.opendata;

import org.parindex.core.integrity.PublicationEntry;

/** A publication's open data: its log entry, the canonical bundle and the results CSV, as published. */
public record OpenData(PublicationEntry entry, byte[] bundleZip, byte[] resultsCsv) {

    public String bundleName() {
        return "parindex-" + entry.period() + ".zip";
    }

    public String resultsName() {
        return "results-" + entry.period() + ".csv";
    }
}
