package org.dianmifeng.console.unit;

import java.time.LocalDate;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Masking;

/**
 * One line of the people list: the person with the name of their unit, without notes. ID number and
 * mobile are as the signed-in role may see them (in clear or starred out).
 */
public record PersonRow(long id, String name, Gender gender, LocalDate birthDate, String idNumber, String mobile,
                        long unitId, String unitName, String employeeNo, PoliticalStatus politicalStatus,
                        String volunteerNo, String skills, int version) {

    /** The same row with ID number and phone starred out. */
    public PersonRow masked() {
        return new PersonRow(id, name, gender, birthDate, Masking.idNumber(idNumber), Masking.phone(mobile), unitId,
                unitName, employeeNo, politicalStatus, volunteerNo, skills, version);
    }

    public PersonRef ref() {
        return new PersonRef(id, name, unitName, employeeNo, volunteerNo);
    }
}
