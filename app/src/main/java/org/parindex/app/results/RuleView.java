package org.parindex.app.results;

/** A leaf's rule: its type (manual, yesno, choice, tiers, linear, count) and a language-neutral formula. */
public record RuleView(String type, String formula, boolean lowerIsBetter) { }
