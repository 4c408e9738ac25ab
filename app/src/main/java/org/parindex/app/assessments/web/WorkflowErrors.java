package org.parindex.app.assessments.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.parindex.app.assessments.policy.RefusedException;
import org.parindex.app.evidence.RejectedFileException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A refused action, a stale save or a refused file: nothing was changed; the page the user came from shows why.
 */
@ControllerAdvice(basePackageClasses = WorkflowErrors.class)
class WorkflowErrors {

    private final WorkflowMessages messages;

    WorkflowErrors(WorkflowMessages messages) {
        this.messages = messages;
    }

    /** Refused for who the user is (role, another unit): 403. Refused for when or what (stage, deadline): back, with why. */
    @ExceptionHandler(RefusedException.class)
    Object refused(RefusedException e, HttpServletRequest request, RedirectAttributes flash) {
        if (isForbidden(e)) {
            ModelAndView page = new ModelAndView("error", HttpStatus.FORBIDDEN);
            page.addObject("status", HttpStatus.FORBIDDEN.value());
            return page;
        }
        return back(messages.text(e.decision().reason(), e.decision().args()), request, flash);
    }

    /** Refused because of who the user is, not of when or what. */
    static boolean isForbidden(RefusedException e) {
        return e.decision().forbidden();
    }

    @ExceptionHandler(RejectedFileException.class)
    String rejected(RejectedFileException e, HttpServletRequest request, RedirectAttributes flash) {
        return back(messages.text(e.reason(), e.args()), request, flash);
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    String stale(HttpServletRequest request, RedirectAttributes flash) {
        return back(messages.text("workflow.stale", List.of()), request, flash);
    }

    private static String back(String message, HttpServletRequest request, RedirectAttributes flash) {
        flash.addFlashAttribute("error", message);
        return "redirect:" + localReferer(request);
    }

    /** The page the user came from, when the Referer is a path of this site; else the work list. Never another site. */
    static String localReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        java.net.URI uri;
        try {
            uri = referer == null ? null : new java.net.URI(referer);
        } catch (java.net.URISyntaxException e) {
            uri = null;
        }
        String path = uri == null ? null : uri.getRawPath();
        String context = request.getContextPath();
        boolean local = path != null && path.startsWith(context + "/") && !path.startsWith(context + "//")
                && path.indexOf('\\') < 0 && path.indexOf(':') < 0;
        return local ? path.substring(context.length()) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                : "/assessments";
    }
}
