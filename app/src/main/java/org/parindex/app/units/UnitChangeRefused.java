package org.parindex.app.units;

/** A change of units that the rules refuse; the message says what is wrong (shown to the admin as it is). */
public class UnitChangeRefused extends RuntimeException {

    public UnitChangeRefused(String reason) {
        super(reason);
    }
}
