package org.parindex.app.results;

import java.util.List;

/** A unit's result with some item values replaced, every other unit unchanged, and the actual result. */
public record WhatIfView(String unit, String period, Result actual, Result changed, double indexDelta, int rankGain,
                         List<Field> fields) {

    public record Result(double index, String bandCode, String bandName, int rank) { }

    /** A scored field's % actual and changed. */
    public record Field(String code, String name, Double before, Double after) { }
}
