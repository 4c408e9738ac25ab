package org.parindex.app.units;

import java.time.LocalDate;
import java.util.List;
import org.parindex.core.bundle.Codes;
import org.parindex.app.audit.Audit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Renames, retires and merges units: each change and its audit entry in one transaction. */
@Service
@Transactional
public class UnitAdministration {

    private final Units units;
    private final Audit audit;

    UnitAdministration(Units units, Audit audit) {
        this.units = units;
        this.audit = audit;
    }

    public void rename(String actor, String code, String name, int version) {
        units.update(existing(code).renamed(name, version));
        audit.record(actor, "unit.rename", code, name);
    }

    public void retire(String actor, String code, LocalDate lastDay, int version) {
        units.update(existing(code).retiredAfter(lastDay, version));
        audit.record(actor, "unit.retire", code, String.valueOf(lastDay));
    }

    public Unit merge(String actor, List<String> codes, String code, String name, String group, LocalDate from) {
        if (!Codes.isValid(code)) {
            throw new UnitChangeRefused("unit code " + Codes.shown(code) + ": " + Codes.RULE);
        }
        if (units.exists(code)) {
            throw new UnitChangeRefused("unit " + code + " exists already");
        }
        Unit.Merger merger = Unit.merge(codes.stream().map(this::existing).toList(), code, name, group, from);
        merger.retired().forEach(units::update);
        units.add(merger.formed());
        audit.record(actor, "unit.merge", code, String.join(";", codes));
        return merger.formed();
    }

    private Unit existing(String code) {
        return units.find(code).orElseThrow(() -> new UnitChangeRefused("no unit " + code));
    }
}
