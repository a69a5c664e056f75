package org.dianmifeng.console.unit;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Masking;
import org.dianmifeng.console.core.Role;

/**
 * One line of the people list: the person with the name of their unit, without notes. Birth date, ID number
 * and mobile are as the signed-in role may see them ({@link Masking}): the birth date a {@code LocalDate} in
 * clear or only its {@code Year}, ID number and mobile in clear or starred out.
 */
public record PersonRow(long id, String name, Gender gender, Temporal birthDate, String idNumber, String mobile,
                        long unitId, String unitName, String employeeNo, PoliticalStatus politicalStatus,
                        String volunteerNo, String skills, int version) {

    /** The same row as {@code role} may see it (a row read from the store holds everything in clear). */
    public PersonRow shownTo(Role role) {
        if (Masking.inClear(role)) {
            return this;
        }
        return new PersonRow(id, name, gender, birthDate instanceof LocalDate d ? Masking.birth(role, d)
                : birthDate, Masking.idNumber(role, idNumber), Masking.phone(role, mobile), unitId, unitName,
                employeeNo, politicalStatus, volunteerNo, skills, version);
    }

    public PersonRef ref() {
        return new PersonRef(id, name, unitName, employeeNo, volunteerNo);
    }
}
