package org.parindex.app.indicators;

/** What a system's API token may send: indicator observations, or survey responses. */
public enum TokenScope {
    INDICATORS, SURVEYS
}
