package org.parindex.app.assessments.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parindex.app.assessments.PeriodDraft;
import org.parindex.app.assessments.policy.Decision;
import org.parindex.app.frameworks.Frameworks;
import org.parindex.app.periods.Periods;
import org.parindex.app.units.Units;
import org.parindex.core.bundle.Codes;
import org.springframework.stereotype.Component;

/**
 * Every problem of a new period, by field: the code by core's grammar (with a suggestion) and not taken, a name,
 * an existing framework version, current units, and deadlines present and in the order of the stages.
 */
@Component
public class DraftCheck {

    public static final int MAX_NAME = 300;
    public static final int MAX_UNITS = 1000;

    private final Periods periods;
    private final Frameworks frameworks;
    private final Units units;

    DraftCheck(Periods periods, Frameworks frameworks, Units units) {
        this.periods = periods;
        this.frameworks = frameworks;
        this.units = units;
    }

    /** Field name → why it is refused; empty when the period may be opened. */
    public Map<String, Decision> problems(PeriodDraft d) {
        Map<String, Decision> out = new LinkedHashMap<>();
        if (d.code().isEmpty()) {
            out.put("code", Decision.refuse("codeRequired"));
        } else if (!Codes.isValid(d.code())) {
            String suggestion = Codes.suggest(d.code());
            out.put("code", suggestion.isEmpty() ? Decision.refuse("badCode", Codes.shown(d.code()))
                    : Decision.refuse("badCodeSuggest", Codes.shown(d.code()), suggestion));
        } else if (periods.find(d.code()).isPresent()) {
            out.put("code", Decision.refuse("periodExists", d.code()));
        }
        if (d.name().isEmpty()) {
            out.put("name", Decision.refuse("nameRequired"));
        } else if (d.name().length() > MAX_NAME) {
            out.put("name", Decision.refuse("nameTooLong", d.name().length(), MAX_NAME));
        }
        if (d.framework() == null || frameworks.byId(d.framework()).isEmpty()) {
            out.put("framework", Decision.refuse("frameworkRequired"));
        }
        checkUnits(d, out);
        due(out, d, "selfDue", d.selfDue(), true, null);
        due(out, d, "round1Due", d.round1Due(), true, d.selfDue());
        due(out, d, "explanationsDue", d.explanationsDue(), true, d.round1Due());
        due(out, d, "round2Due", d.round2Due(), false, d.explanationsDue());
        return out;
    }

    private void checkUnits(PeriodDraft d, Map<String, Decision> out) {
        if (d.units().isEmpty()) {
            out.put("units", Decision.refuse("unitsRequired"));
            return;
        }
        if (d.units().size() > MAX_UNITS) {
            out.put("units", Decision.refuse("tooManyUnits", MAX_UNITS));
            return;
        }
        for (String code : d.units()) {
            if (units.find(code).filter(u -> u.validTo() == null).isEmpty()) {
                out.put("units", Decision.refuse("unknownUnit", Codes.shown(code)));
                return;
            }
        }
    }

    /**
     * A deadline: present when required, a date, on or after {@code after}, the previous stage's. A past deadline is
     * allowed (a period entered after the fact; extensions exist for late units).
     */
    private static void due(Map<String, Decision> out, PeriodDraft d, String field, LocalDate date, boolean required,
                            LocalDate after) {
        if (d.badDates().contains(field)) {
            out.put(field, Decision.refuse("dateInvalid"));
        } else if (date == null) {
            if (required) {
                out.put(field, Decision.refuse("dateRequired"));
            }
        } else if (after != null && date.isBefore(after)) {
            out.put(field, Decision.refuse("dueOrder", after));
        }
    }
}
