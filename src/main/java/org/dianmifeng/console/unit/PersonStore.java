package org.dianmifeng.console.unit;

import static org.dianmifeng.console.db.Tables.PERSON;
import static org.dianmifeng.console.db.Tables.UNIT;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record5;

/** Queries of the PERSON table. */
public final class PersonStore {
    private final DSLContext dsl;

    public PersonStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** People whose name, employee number or volunteer number contains the text, for pickers. */
    public List<PersonRef> search(String text, int limit) {
        String like = "%" + text + "%";
        return dsl.select(PERSON.ID, PERSON.NAME, UNIT.NAME, PERSON.EMPLOYEE_NO, PERSON.VOLUNTEER_NO)
                .from(PERSON).join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .where(PERSON.NAME.like(like).or(PERSON.EMPLOYEE_NO.like(like)).or(PERSON.VOLUNTEER_NO.like(like)))
                .orderBy(PERSON.NAME, PERSON.ID)
                .limit(limit)
                .fetch(PersonStore::toRef);
    }

    private static PersonRef toRef(Record5<Long, String, String, String, String> r) {
        return new PersonRef(r.value1(), r.value2(), r.value3(), r.value4(), r.value5());
    }
}
