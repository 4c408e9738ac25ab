package org.parindex.core.framework;

/** What an item that did not arise (NA) earns: its full points, no place in the maximum, or is not allowed. */
public enum NotApplicable {
    FULL, EXCLUDE, FORBIDDEN;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
