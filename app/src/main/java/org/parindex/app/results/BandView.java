package org.parindex.app.results;

/** A classification band of the framework, top-down. */
public record BandView(String code, String name, double min) { }
