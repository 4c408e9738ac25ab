package org.parindex.app.results;

/** A unit's result in one field, with the period's average of that field for comparison. */
public record FieldResult(String code, String name, String kind, Double points, double maximum, Double percent,
                          Double average) { }
