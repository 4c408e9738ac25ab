package org.parindex.core.bundle;

import java.util.Locale;

/** Which stage of an assessment a score row records. */
public enum Stage {
    SELF, APPRAISAL1, FINAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Stage of(String code) {
        for (Stage s : values()) {
            if (s.code().equals(code.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown stage \"" + code + "\", expected self, appraisal1 or final");
    }
}
