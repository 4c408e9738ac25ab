package org.parindex.app.results;

/** A unit of a published period left out of its ranking (it had no result), with the reason the admin gave. */
public record LeftOutUnit(String unit, String name, String reason) { }
