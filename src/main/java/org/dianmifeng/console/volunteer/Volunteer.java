package org.dianmifeng.console.volunteer;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Problem;

/**
 * A person registered as a volunteer: the volunteer number (PERSON.VOLUNTEER_NO), when they registered (unknown for
 * some registered before the console kept it), the status with the reason and date of its last change.
 * <p>
 * The volunteer number the console assigns is {@code V}, the year of registration and a sequence of six digits, e.g.
 * {@code V2026000123}: the next free number of that year ({@link #number}). It is never made from the ID number; a
 * person who already has a number (from a volunteer platform or an import) keeps it.
 */
public record Volunteer(long personId, String volunteerNo, LocalDate registeredOn, VolunteerStatus status,
                        String statusReason, LocalDate statusChangedOn, Integer version) implements Auditable {
    public static final int REASON_MAX = 200;
    /** The numbers the console assigns: V, a year, six digits. */
    public static final Pattern NUMBER = Pattern.compile("V(\\d{4})(\\d{6})");

    /** The console's volunteer number of {@code year} with sequence {@code sequence}: {@code V2026000123}. */
    public static String number(int year, int sequence) {
        return String.format("V%04d%06d", year, sequence);
    }

    /**
     * Why a person may not be on an activity's roster with hours: not registered as a volunteer ({@code registration}
     * null), or registered but paused or left; empty when they may. The problem is put under {@code field}.
     */
    public static Optional<Problem> rosterProblem(String field, String personName, Volunteer registration) {
        if (registration == null) {
            return Optional.of(Problem.of(field, "error.volunteer.notRegistered", personName));
        }
        if (registration.status() != VolunteerStatus.ACTIVE) {
            return Optional.of(Problem.of(field, "error.volunteer.notActive", personName, registration.status()));
        }
        return Optional.empty();
    }

    @Override
    public String auditText() {
        return Auditable.fields("personId", personId, "volunteerNo", volunteerNo, "registeredOn", registeredOn,
                "status", status, "statusReason", statusReason, "statusChangedOn", statusChangedOn);
    }
}
