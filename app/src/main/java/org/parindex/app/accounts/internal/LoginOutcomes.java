package org.parindex.app.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parindex.app.accounts.Accounts;
import org.parindex.app.audit.Audit;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins by source and account ({@link LoginThrottle}) and answers every failure the same way, a locked
 * account or an unknown name alike, so the answer never tells which accounts exist. A login the server could not
 * check (its database busy or down) is no failure of the user's: it is not counted, and the page says to try again.
 */
@Component
class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    /** The longest name the audit trail records of a failed login (its actor and subject columns). */
    static final int MAX_NAME = 100;

    private final Accounts accounts;
    private final Audit audit;
    private final LoginThrottle throttle;

    LoginOutcomes(Accounts accounts, Audit audit, LoginThrottle throttle) {
        this.accounts = accounts;
        this.audit = audit;
        this.throttle = throttle;
        setDefaultTargetUrl("/");
        DefaultRedirectStrategy relative = new DefaultRedirectStrategy();
        relative.setContextRelative(true);   // the page asked for before login, as a path: never another host
        setRedirectStrategy(relative);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, jakarta.servlet.ServletException {
        accounts.loginSucceeded(auth.getName());
        throttle.succeeded(AccountDetails.source(request), auth.getName());
        super.onAuthenticationSuccess(request, response, auth);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        if (e instanceof AuthenticationServiceException) {
            // the server could not check the password (no database connection in time): not the user's failure,
            // so it neither counts towards a lockout nor goes to the audit as a failed login
            response.sendRedirect(request.getContextPath() + "/login?unavailable");
            return;
        }
        String username = request.getParameter("username");
        throttle.failed(AccountDetails.source(request), username);
        if (!(e instanceof LockedException)) {
            String name = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
            name = name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name;
            audit.record(name, "login.failed", name, null);
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
