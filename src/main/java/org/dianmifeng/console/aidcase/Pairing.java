package org.dianmifeng.console.aidcase;

import java.time.LocalDate;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.unit.PersonRef;

/**
 * 结对帮扶: a member or volunteer paired with the child of a case from a date, to a date or open-ended.
 * {@code id} and {@code version} are null until saved.
 */
public record Pairing(Long id, Long caseId, PersonRef person, LocalDate fromOn, LocalDate toOn, Integer version)
        implements Auditable {

    /** A case, a person, a start; an end not before the start. */
    public Checks check() {
        Checks checks = new Checks()
                .required("casework.pairing.case", caseId)
                .required("casework.pairing.person", person)
                .required("casework.pairing.fromOn", fromOn);
        if (fromOn != null && toOn != null && toOn.isBefore(fromOn)) {
            checks.add("casework.pairing.toOn", "error.casework.endBeforeStart", fromOn);
        }
        return checks;
    }

    /** Whether the pairing runs on any day of {@code from} … {@code to} (null: open-ended). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (toOn == null || !toOn.isBefore(from)) && (to == null || !fromOn.isAfter(to));
    }

    /** Whether the pairing still runs on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return !fromOn.isAfter(day) && (toOn == null || !toOn.isBefore(day));
    }

    public Pairing endedOn(LocalDate day) {
        return new Pairing(id, caseId, person, fromOn, day, version);
    }

    @Override
    public String auditText() {
        return Auditable.fields("caseId", caseId, "person", person == null ? null : person.name(),
                "personId", person == null ? null : person.id(), "fromOn", fromOn, "toOn", toOn);
    }
}
