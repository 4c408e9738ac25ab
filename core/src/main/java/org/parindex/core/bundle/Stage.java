package org.parindex.core.bundle;

import java.util.Locale;
import java.util.Optional;

/** Which stage of an assessment a score row records. */
public enum Stage {
    SELF, APPRAISAL1, FINAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Stage of(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException(unknown(code)));
    }

    /** The stage of a code, or empty when there is none (see {@link #unknown}). */
    public static Optional<Stage> find(String code) {
        for (Stage s : values()) {
            if (s.code().equals(code.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** What is wrong with a code that is no stage. */
    public static String unknown(String code) {
        return "unknown stage \"" + code + "\", expected self, appraisal1 or final";
    }
}
