package org.dianmifeng.console.party;

import java.time.LocalDate;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Texts;

/**
 * A member's enrolment (到社区报到) in a grid: the date reported, their role in the grid, specialties and
 * service preferences. Active while {@code endedOn} is empty; a member has at most one active enrolment.
 * {@code id} and {@code version} are null for one not yet saved.
 */
public record Enrolment(Long id, Long memberId, Long gridId, LocalDate reportedOn, GridRole gridRole,
                        String specialties, String preferences, LocalDate endedOn, Integer version)
        implements Auditable {
    public static final int SPECIALTIES_MAX = 200;
    public static final int PREFERENCES_MAX = 200;

    public boolean active() {
        return endedOn == null;
    }

    public Enrolment cleaned() {
        return new Enrolment(id, memberId, gridId, reportedOn, gridRole, Texts.clean(specialties),
                Texts.clean(preferences), endedOn, version);
    }

    public Enrolment withEndedOn(LocalDate date) {
        return new Enrolment(id, memberId, gridId, reportedOn, gridRole, specialties, preferences, date, version);
    }

    /** A member, a grid, a role, a reported date not after {@code today}, and texts within their lengths. */
    public Checks check(LocalDate today) {
        Checks checks = new Checks()
                .required("enrolment.member", memberId)
                .required("enrolment.grid", gridId)
                .required("enrolment.reportedOn", reportedOn)
                .required("enrolment.role", gridRole)
                .maxLength("enrolment.specialties", specialties, SPECIALTIES_MAX)
                .maxLength("enrolment.preferences", preferences, PREFERENCES_MAX);
        if (reportedOn != null && reportedOn.isAfter(today)) {
            checks.add("enrolment.reportedOn", "error.dateInFuture", today);
        }
        return checks;
    }

    @Override
    public String auditText() {
        return Auditable.fields("memberId", memberId, "gridId", gridId, "reportedOn", reportedOn, "gridRole", gridRole,
                "specialties", specialties, "preferences", preferences, "endedOn", endedOn);
    }
}
