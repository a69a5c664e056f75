package org.dianmifeng.console.testing;

import static org.dianmifeng.console.db.Tables.PERSON;

import java.time.LocalDate;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.Unit;

/** Inserts people straight into the PERSON table, for tests of areas that point to people. */
public final class PersonRows {
    private final Database db;
    private int sequence;

    public PersonRows(Database db) {
        this.db = db;
    }

    /** A man born 1990-01-01 with a valid synthetic ID number and the employee number {@code E<n>}. */
    public PersonRef add(String name, Unit unit) {
        int n = ++sequence;
        String id = ResidentId.withCheckDigit("32028119900101" + String.format("%02d", n % 100) + "1");
        String employeeNo = "E" + n;
        long personId = db.transaction(dsl -> dsl.insertInto(PERSON)
                .set(PERSON.NAME, name)
                .set(PERSON.GENDER, "MALE")
                .set(PERSON.BIRTH_DATE, LocalDate.of(1990, 1, 1))
                .set(PERSON.ID_NUMBER, id)
                .set(PERSON.UNIT_ID, unit.id())
                .set(PERSON.EMPLOYEE_NO, employeeNo)
                .set(PERSON.POLITICAL_STATUS, "MASSES")
                .set(PERSON.VERSION, 0)
                .returning(PERSON.ID)
                .fetchOne(PERSON.ID));
        return new PersonRef(personId, name, unit.name(), employeeNo, null);
    }
}
