package org.dianmifeng.console.imports;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dianmifeng.console.core.Problem;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PersonStore;

/**
 * The people a batch of rows names, looked up at once by ID number (and, for a roster, by the console's volunteer
 * number): the one step of the imports of team members, party members and rosters that finds a row's person in the
 * register and checks that the name the row gives is theirs.
 */
final class RowPeople {
    private final Map<String, Person> byIdNumber;
    private final Map<String, Person> byVolunteerNo;

    RowPeople(PersonStore people, Collection<String> idNumbers, Collection<String> volunteerNos) {
        this.byIdNumber = people.byIdNumbers(idNumbers.stream().filter(Objects::nonNull).distinct().toList());
        this.byVolunteerNo = volunteerNos.isEmpty() ? Map.of()
                : people.byVolunteerNos(volunteerNos.stream().filter(Objects::nonNull).distinct().toList());
    }

    /** The people of rows by ID number only. */
    RowPeople(PersonStore people, Collection<String> idNumbers) {
        this(people, idNumbers, List.of());
    }

    /**
     * The person with the ID number or, when the row gives none, with the volunteer number; null, with the problem,
     * when the register has no such person. When the row gives a name that is not theirs, the problem is added too
     * (and the person returned, so that the row's other checks still run), as when the row gives both numbers and the
     * volunteer number is not theirs.
     */
    Person find(String idNumber, String volunteerNo, String name, List<Problem> problems) {
        Person person = idNumber != null ? byIdNumber.get(idNumber) : byVolunteerNo.get(volunteerNo);
        if (person == null) {
            problems.add(idNumber != null || volunteerNo == null
                    ? Problem.of("person.idNumber", "error.import.personUnknown", idNumber)
                    : Problem.of("person.volunteerNo", "error.import.volunteerNoUnknown", volunteerNo));
            return null;
        }
        if (idNumber != null && volunteerNo != null && !volunteerNo.equals(person.volunteerNo())) {
            problems.add(Problem.of("person.volunteerNo", "error.import.volunteerNoMismatch", volunteerNo,
                    person.name()));
        }
        if (name != null && !name.equals(person.name())) {
            problems.add(Problem.of("person.name", idNumber != null ? "error.import.nameMismatch"
                    : "error.import.nameMismatchVolunteerNo", name, person.name()));
        }
        return person;
    }
}
