package org.parindex.app.shared;

/** The Open Graph tags of a public page (the layout writes them), so that a shared link shows what the page says. */
public record OpenGraph(String title, String description, String url) { }
