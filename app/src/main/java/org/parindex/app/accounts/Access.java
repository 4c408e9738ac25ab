package org.parindex.app.accounts;

import org.parindex.app.accounts.internal.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The current viewer and the checks pages and API controllers make. A refusal throws AccessDeniedException:
 * Spring Security turns it into a login (401 for the API) for anonymous visitors and 403 for users.
 */
public final class Access {

    private Access() { }

    public static Viewer viewer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            return new Viewer(user.getUsername(), user.role(), user.unitCode());
        }
        return Viewer.ANONYMOUS;
    }

    public static void requireUnit(String unit) {
        if (!viewer().maySeeUnit(unit)) {
            throw new AccessDeniedException("not allowed to see unit " + unit);
        }
    }

    public static void requireResults(boolean published) {
        requireResults(viewer(), published);
    }

    public static void requireResults(Viewer viewer, boolean published) {
        if (!viewer.maySeeResults(published)) {
            throw new AccessDeniedException("results not published");
        }
    }
}
