package org.parindex.app.assessments;

import org.springframework.dao.OptimisticLockingFailureException;

/** Someone else saved the unit's sheet since it was read: nothing was changed; reload and try again. */
public class StaleSheetException extends OptimisticLockingFailureException {

    public StaleSheetException(String period, String unit) {
        super("sheet " + period + "/" + unit + " was saved by someone else");
    }
}
