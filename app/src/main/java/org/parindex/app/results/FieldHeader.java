package org.parindex.app.results;

/** A field (top-level node) of the period's framework: a column of the ranking. */
public record FieldHeader(String code, String name, String kind, double maximum) { }
