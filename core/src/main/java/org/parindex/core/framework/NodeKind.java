package org.parindex.core.framework;

/** Scored nodes count in the maximum; bonus adds points outside it; deduction subtracts them. */
public enum NodeKind {
    SCORED, BONUS, DEDUCTION;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
