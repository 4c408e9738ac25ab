package org.parindex.app.results;

import java.time.LocalDate;
import java.util.List;

/** A unit with its lineage. */
public record UnitView(String code, String name, String group, LocalDate validFrom, LocalDate validTo,
                       List<String> predecessors) { }
