package org.parindex.app.accounts;

/**
 * Who is looking: a logged-in user with a role (an officer with their unit), or an anonymous visitor
 * ({@code role} null). The access rules of pages and the JSON API are decided here.
 */
public record Viewer(String username, Role role, String unitCode) {

    public static final Viewer ANONYMOUS = new Viewer(null, null, null);

    public boolean isAnonymous() {
        return role == null;
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** Everyone logged in sees every unit, but an officer only their own. */
    public boolean maySeeUnit(String unit) {
        return !isAnonymous() && (role != Role.UNIT_OFFICER || unit.equals(unitCode));
    }

    /** Results of a published period are public; others are for the council, admins and viewers. */
    public boolean maySeeResults(boolean published) {
        return published || role == Role.ADMIN || role == Role.APPRAISER || role == Role.VIEWER;
    }

    /** The appraisal council and admins: they try what-ifs for every unit, see forecasts and every unit's plan. */
    public boolean isCouncil() {
        return role == Role.ADMIN || role == Role.APPRAISER;
    }

    /** What-if and the improvement plan of a unit: its own officer and the council. */
    public boolean mayImprove(String unit) {
        return isCouncil() || role == Role.UNIT_OFFICER && unit.equals(unitCode);
    }

    /** A period's forecast: those who see unpublished results (the council, admins, viewers). */
    public boolean mayForecast() {
        return maySeeResults(false);
    }
}
