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

    /**
     * The unit's work (sheets, evidence): everyone logged in sees every unit, but an officer only their own.
     * A unit's <em>results</em> are decided by {@link #maySeeResults} alone: a published period's unit pages are
     * public, like the ranking.
     */
    public boolean maySeeUnit(String unit) {
        return !isAnonymous() && (role != Role.UNIT_OFFICER || unit.equals(unitCode));
    }

    /**
     * The one decision on results, for every page and API that shows one (ranking, overview, unit pages and their
     * trend, articles, open data, the feed): a published period's results are public; the results of any other
     * period (a locked one too) are for the council, admins and viewers only, never for a unit officer, not even
     * their own unit's, nor for anonymous visitors.
     */
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
