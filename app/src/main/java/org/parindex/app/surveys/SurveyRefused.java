package org.parindex.app.surveys;

/** A survey action that cannot be done, and why ({@code survey.refused.<code>} on the pages); nothing was written. */
public class SurveyRefused extends RuntimeException {

    private final String code;

    public SurveyRefused(String code) {
        super(code, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
