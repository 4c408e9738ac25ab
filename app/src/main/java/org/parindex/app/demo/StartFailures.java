package org.parindex.app.demo;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * The faults an operator meets at start — the data folder used by another running ParIndex, a database that cannot
 * be written — said in one line with what to do, instead of a stack trace.
 */
class StartFailures implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Database may be already in use")) {
                return new FailureAnalysis("ParIndex cannot start: its data folder is in use by another running "
                        + "ParIndex (the embedded database is locked).", "Stop the other one, or start this one with "
                        + "--parindex.data-dir=another-folder.", failure);
            }
            if (message.startsWith("the database cannot be written")) {
                return new FailureAnalysis("ParIndex cannot start: " + message + ".",
                        "Make the data folder and its files writable by the user running ParIndex.", failure);
            }
        }
        return null;
    }
}
