package org.parindex.app.results;

import java.time.LocalDate;

/**
 * A period as the results pages show it. {@code computed} is true when results are stored;
 * {@code demo} when its framework or data are illustrative and must be labelled as such.
 */
public record PeriodView(String code, String name, String status, boolean published, LocalDate announcedOn,
                         String frameworkCode, int frameworkRevision, String frameworkName, int decimals,
                         int units, boolean computed, boolean demo) { }
