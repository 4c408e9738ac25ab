package org.parindex.app.accounts;

/** What a user may do: manage everything, appraise, work for one unit, or read. */
public enum Role {
    ADMIN, APPRAISER, UNIT_OFFICER, VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
