package org.dianmifeng.console.unit;

import java.time.LocalDate;
import java.util.Optional;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Masking;
import org.dianmifeng.console.core.Phones;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Texts;

/**
 * A person of the registry: staff, volunteer or party member. {@code id} and {@code version} are null
 * for a person not yet saved. The resident ID number decides birth date and gender, so the three
 * must agree.
 */
public record Person(Long id, String name, Gender gender, LocalDate birthDate, String idNumber, String mobile,
                     Long unitId, String employeeNo, PoliticalStatus politicalStatus, String volunteerNo,
                     String skills, String notes, Integer version) implements Auditable {
    public static final int NAME_MAX = 50;
    public static final int EMPLOYEE_NO_MAX = 20;
    public static final int VOLUNTEER_NO_MAX = 30;
    public static final int SKILLS_MAX = 200;
    public static final int NOTES_MAX = 1000;
    public static final int MOBILE_LENGTH = 11;

    /** The person as typed, tidied: blanks trimmed, empty text as null, ID upper-cased, phone without spaces or dashes. */
    public Person cleaned() {
        return new Person(id, Texts.clean(name), gender, birthDate, Texts.clean(ResidentId.normalize(idNumber)),
                Texts.clean(Phones.normalize(mobile)), unitId, Texts.clean(employeeNo), politicalStatus,
                Texts.clean(volunteerNo), Texts.clean(skills), Texts.clean(notes), version);
    }

    /**
     * Field checks of a (cleaned) person on its own, as of {@code today} (an ID number born after it is refused);
     * uniqueness and the unit are the service's.
     */
    public Checks check(LocalDate today) {
        return check(new Checks(), today);
    }

    /**
     * As {@link #check(LocalDate)}, added to {@code checks}; a field keeps its first problem (e.g. a date the form could
     * not read).
     */
    public Checks check(Checks checks, LocalDate today) {
        checks.text("person.name", name, NAME_MAX)
                .required("person.gender", gender)
                .required("person.birthDate", birthDate)
                .required("person.idNumber", idNumber)
                .required("person.unit", unitId)
                .required("person.politicalStatus", politicalStatus)
                .maxLength("person.employeeNo", employeeNo, EMPLOYEE_NO_MAX)
                .maxLength("person.volunteerNo", volunteerNo, VOLUNTEER_NO_MAX)
                .maxLength("person.skills", skills, SKILLS_MAX)
                .maxLength("person.notes", notes, NOTES_MAX);
        if (!checks.has("person.idNumber")) {
            Optional<String> idProblem = ResidentId.problem(idNumber, today);
            if (idProblem.isPresent()) {
                checks.add("person.idNumber", idProblem.get());
            } else {
                LocalDate inId = ResidentId.birthDate(idNumber).orElseThrow();
                if (birthDate != null && !birthDate.equals(inId)) {
                    checks.add("person.birthDate", "error.person.idBirthDate", inId.toString(), birthDate.toString());
                }
                if (gender != null && gender != ResidentId.gender(idNumber)) {
                    checks.add("person.gender", ResidentId.gender(idNumber) == Gender.MALE
                            ? "error.person.idGenderMale" : "error.person.idGenderFemale");
                }
            }
        }
        mobileProblem(mobile).ifPresent(key -> checks.add("person.mobile", key, mobile.length()));
        return checks;
    }

    /**
     * What is wrong with an optional mobile number, as a bundle key: characters other than digits,
     * a length other than 11, or a start other than 13 to 19.
     */
    static Optional<String> mobileProblem(String mobile) {
        return Phones.problem(mobile);
    }

    /**
     * The same person as {@code role} may see them ({@link Masking}): for a role that may not see them, ID number
     * and phone starred out and no birth date (null: a save of it keeps the stored one).
     */
    public Person shownTo(Role role) {
        return Masking.inClear(role) ? this : new Person(id, name, gender, Masking.birthDate(role, birthDate),
                Masking.idNumber(role, idNumber), Masking.phone(role, mobile), unitId, employeeNo, politicalStatus,
                volunteerNo, skills, notes, version);
    }

    /** The same fields as a person not yet saved. */
    public Person asNew() {
        return new Person(null, name, gender, birthDate, idNumber, mobile, unitId, employeeNo, politicalStatus,
                volunteerNo, skills, notes, null);
    }

    public Person withIdNumber(String newIdNumber) {
        return new Person(id, name, gender, birthDate, newIdNumber, mobile, unitId, employeeNo, politicalStatus,
                volunteerNo, skills, notes, version);
    }

    public Person withMobile(String newMobile) {
        return new Person(id, name, gender, birthDate, idNumber, newMobile, unitId, employeeNo, politicalStatus,
                volunteerNo, skills, notes, version);
    }

    public Person withBirthDate(LocalDate newBirthDate) {
        return new Person(id, name, gender, newBirthDate, idNumber, mobile, unitId, employeeNo, politicalStatus,
                volunteerNo, skills, notes, version);
    }

    public Person withVersion(Integer newVersion) {
        return new Person(id, name, gender, birthDate, idNumber, mobile, unitId, employeeNo, politicalStatus,
                volunteerNo, skills, notes, newVersion);
    }

    @Override
    public String auditText() {
        return Auditable.fields("name", name, "gender", gender, "birthDate", birthDate,
                "idNumber", Masking.idNumber(idNumber), "mobile", Masking.phone(mobile), "unitId", unitId,
                "employeeNo", employeeNo, "politicalStatus", politicalStatus, "volunteerNo", volunteerNo,
                "skills", skills, "notes", notes);
    }
}
