package org.parindex.core.framework;

/** A classification band: an index at or above {@code min} percent falls in it, checked top-down. */
public record Band(String code, String name, double min) { }
