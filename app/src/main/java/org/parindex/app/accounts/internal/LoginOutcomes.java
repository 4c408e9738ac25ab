package org.parindex.app.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parindex.app.accounts.Accounts;
import org.parindex.app.audit.Audit;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** Counts failed logins (five in a row lock the account for 15 minutes) and clears the count on success. */
@Component
class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    private final Accounts accounts;
    private final Audit audit;

    LoginOutcomes(Accounts accounts, Audit audit) {
        this.accounts = accounts;
        this.audit = audit;
        setDefaultTargetUrl("/");
        DefaultRedirectStrategy relative = new DefaultRedirectStrategy();
        relative.setContextRelative(true);   // the page asked for before login, as a path: never another host
        setRedirectStrategy(relative);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, jakarta.servlet.ServletException {
        accounts.loginSucceeded(auth.getName());
        super.onAuthenticationSuccess(request, response, auth);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        String username = request.getParameter("username");
        String reason = "error";
        if (e instanceof LockedException) {
            reason = "locked";
        } else if (e instanceof BadCredentialsException && username != null) {
            accounts.loginFailed(username);
            audit.record(username, "login.failed", username, null);
        }
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
