package org.dianmifeng.console.unit;

import org.jooq.Field;
import java.util.LinkedHashMap;
import static org.dianmifeng.console.db.Tables.HONOUR;
import static org.dianmifeng.console.db.Tables.PARTY_MEMBER;
import static org.dianmifeng.console.db.Tables.PERSON;
import static org.dianmifeng.console.db.Tables.SERVICE_CERTIFICATE;
import static org.dianmifeng.console.db.Tables.SERVICE_HOURS;
import static org.dianmifeng.console.db.Tables.SITE;
import static org.dianmifeng.console.db.Tables.STAR_LEVEL;
import static org.dianmifeng.console.db.Tables.TEAM;
import static org.dianmifeng.console.db.Tables.TEAM_MEMBER;
import static org.dianmifeng.console.db.Tables.UNIT;
import static org.dianmifeng.console.db.Tables.VOLUNTEER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Batches;
import org.dianmifeng.console.core.Optimistic;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.db.tables.records.PersonRecord;
import org.jooq.DSLContext;
import org.jooq.Record13;
import org.jooq.Record5;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

/** Queries of the PERSON table. */
public final class PersonStore {
    private final DSLContext dsl;

    public PersonStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** People whose name, employee number or volunteer number contains the text as typed, for pickers. */
    public List<PersonRef> search(String text, int limit) {
        String like = Texts.likeContaining(text);
        return dsl.select(PERSON.ID, PERSON.NAME, UNIT.NAME, PERSON.EMPLOYEE_NO, PERSON.VOLUNTEER_NO)
                .from(PERSON).join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .where(PERSON.NAME.like(like, Texts.LIKE_ESCAPE).or(PERSON.EMPLOYEE_NO.like(like, Texts.LIKE_ESCAPE))
                        .or(PERSON.VOLUNTEER_NO.like(like, Texts.LIKE_ESCAPE)))
                .orderBy(PERSON.NAME, PERSON.ID)
                .limit(limit)
                .fetch(PersonStore::toRef);
    }

    /**
     * Every person as the list shows them, in clear, ordered by name (then id): one query joining the unit. Sorted
     * here, in the order H2 sorts strings ({@link String#compareTo}): the database's sort of a large table spills to
     * a temporary file past its in-memory row limit (40,000 rows per GB of heap), written and read through the
     * file's encryption, which made the list of 100,000 people take seconds.
     */
    public List<PersonRow> rows() {
        List<PersonRow> rows = new ArrayList<>(selectRows().fetch(PersonStore::toRow));
        rows.sort(BY_NAME);
        return rows;
    }

    /**
     * The first {@code limit} people of {@link #rows}, in the same order: the people picked by name from the index on
     * the name, before the join to their unit (joined first, H2 reads every person to sort them).
     */
    public List<PersonRow> firstRows(int limit) {
        List<PersonRow> rows = new ArrayList<>(selectRows()
                .where(PERSON.ID.in(DSL.select(PERSON.ID).from(PERSON).orderBy(PERSON.NAME, PERSON.ID).limit(limit)))
                .fetch(PersonStore::toRow));
        rows.sort(BY_NAME);
        return rows;
    }

    private static final Comparator<PersonRow> BY_NAME = Comparator.comparing(PersonRow::name)
            .thenComparingLong(PersonRow::id);

    public Optional<PersonRow> row(long id) {
        return selectRows().where(PERSON.ID.eq(id)).fetchOptional(PersonStore::toRow);
    }

    public Optional<Person> byId(long id) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional(PersonStore::toPerson);
    }

    public Optional<Person> byIdNumber(String idNumber) {
        return dsl.selectFrom(PERSON).where(PERSON.ID_NUMBER.eq(idNumber)).fetchOptional(PersonStore::toPerson);
    }

    /**
     * The people holding the given ID numbers, by ID number (an import looks up its rows a batch at a time): one
     * query whose ID numbers are one array parameter ({@code = ANY(?)}, the unique index used on H2 and PostgreSQL),
     * where an IN list of a thousand parameters took a third of a 20,000-row preview to render and parse.
     */
    public Map<String, Person> byIdNumbers(java.util.Collection<String> idNumbers) {
        return byAny(PERSON.ID_NUMBER, idNumbers, Person::idNumber);
    }

    /** A person other than {@code exceptId} (null: anyone) who holds the volunteer number. */
    public Optional<Person> volunteerNoHolder(String volunteerNo, Long exceptId) {
        return dsl.selectFrom(PERSON).where(PERSON.VOLUNTEER_NO.eq(volunteerNo))
                .and(exceptId == null ? DSL.noCondition() : PERSON.ID.ne(exceptId))
                .orderBy(PERSON.ID).limit(1).fetchOptional(PersonStore::toPerson);
    }

    /** The people holding the given volunteer numbers (PERSON.VOLUNTEER_NO), by number, as {@link #byIdNumbers}. */
    public Map<String, Person> byVolunteerNos(java.util.Collection<String> volunteerNos) {
        return byAny(PERSON.VOLUNTEER_NO, volunteerNos, Person::volunteerNo);
    }

    private Map<String, Person> byAny(org.jooq.Field<String> column, java.util.Collection<String> values,
                                      java.util.function.Function<Person, String> key) {
        Map<String, Person> found = new java.util.HashMap<>();
        if (!values.isEmpty()) {
            // jOOQ's own any(array) becomes a list of ORs on H2: the template keeps the one array parameter
            dsl.selectFrom(PERSON).where(org.jooq.impl.DSL.condition("{0} = ANY({1})", column,
                            org.jooq.impl.DSL.val(values.toArray(String[]::new))))
                    .fetch(PersonStore::toPerson).forEach(p -> found.put(key.apply(p), p));
        }
        return found;
    }

    /** The people of exactly that name and birth date (an import matches a row without an ID number by them). */
    public List<Person> byNameAndBirthDate(String name, java.time.LocalDate birthDate) {
        return dsl.selectFrom(PERSON).where(PERSON.NAME.eq(name).and(PERSON.BIRTH_DATE.eq(birthDate)))
                .orderBy(PERSON.ID).fetch(PersonStore::toPerson);
    }

    public Person insert(Person p) {
        long id = dsl.insertInto(PERSON)
                .set(values(p))
                .set(PERSON.VERSION, 0)
                .returning(PERSON.ID)
                .fetchOne(PERSON.ID);
        return byId(id).orElseThrow();
    }

    /**
     * Inserts many people at once with JDBC batches of one prepared statement, for the sample data
     * and imports: callers have cleaned and checked each person. Returns the new ids in the order of
     * {@code people}.
     */
    public List<Long> insertBatch(List<Person> people) {
        Long before = dsl.select(DSL.max(PERSON.ID)).from(PERSON).fetchOne(0, Long.class);
        Batches.insert(dsl, PERSON, PERSON.VERSION, people, PersonStore::values);
        // New identity values are above the largest before the insert: one query finds them all.
        Map<String, Long> ids = dsl.select(PERSON.ID_NUMBER, PERSON.ID).from(PERSON)
                .where(before == null ? DSL.noCondition() : PERSON.ID.gt(before))
                .fetchMap(PERSON.ID_NUMBER, PERSON.ID);
        List<String> missing = people.stream().map(Person::idNumber).filter(n -> !ids.containsKey(n)).toList();
        for (int from = 0; from < missing.size(); from += Batches.SIZE) {
            ids.putAll(dsl.select(PERSON.ID_NUMBER, PERSON.ID).from(PERSON)
                    .where(PERSON.ID_NUMBER.in(missing.subList(from, Math.min(missing.size(), from + Batches.SIZE))))
                    .fetchMap(PERSON.ID_NUMBER, PERSON.ID));
        }
        return people.stream().map(p -> ids.get(p.idNumber())).toList();
    }

    /** The columns a person's fields go into, for insert, batch insert and update. */
    private static Map<Field<?>, Object> values(Person p) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(PERSON.NAME, p.name());
        v.put(PERSON.GENDER, p.gender().name());
        v.put(PERSON.BIRTH_DATE, p.birthDate());
        v.put(PERSON.ID_NUMBER, p.idNumber());
        v.put(PERSON.MOBILE, p.mobile());
        v.put(PERSON.UNIT_ID, p.unitId());
        v.put(PERSON.EMPLOYEE_NO, p.employeeNo());
        v.put(PERSON.POLITICAL_STATUS, p.politicalStatus().name());
        v.put(PERSON.VOLUNTEER_NO, p.volunteerNo());
        v.put(PERSON.SKILLS, p.skills());
        v.put(PERSON.NOTES, p.notes());
        return v;
    }

    /** Saves every field if the row still has {@code p.version()}; else {@link org.dianmifeng.console.core.StaleDataException}. */
    public Person update(Person p) {
        int rows = dsl.update(PERSON)
                .set(values(p))
                .set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .where(PERSON.ID.eq(p.id()).and(PERSON.VERSION.eq(p.version())))
                .execute();
        Optimistic.requireUpdated(rows);
        return byId(p.id()).orElseThrow();
    }

    /** Deletes the person and their volunteer registration, which is theirs alone (see {@link #references}). */
    public void delete(long id, int version) {
        dsl.deleteFrom(VOLUNTEER).where(VOLUNTEER.PERSON_ID.eq(id)).execute();
        Optimistic.requireUpdated(dsl.deleteFrom(PERSON)
                .where(PERSON.ID.eq(id).and(PERSON.VERSION.eq(version))).execute());
    }

    /**
     * How many teams a person belongs to and how many they lead, party memberships and honours they received, and their
     * volunteer work: hours records, star levels, service certificates and the stations they manage.
     */
    public References references(long personId) {
        return new References(
                dsl.fetchCount(TEAM_MEMBER, TEAM_MEMBER.PERSON_ID.eq(personId)),
                dsl.fetchCount(TEAM, TEAM.LEADER_ID.eq(personId)),
                dsl.fetchCount(PARTY_MEMBER, PARTY_MEMBER.PERSON_ID.eq(personId)),
                dsl.fetchCount(HONOUR, HONOUR.PERSON_ID.eq(personId)),
                dsl.fetchCount(SERVICE_HOURS, SERVICE_HOURS.PERSON_ID.eq(personId)),
                dsl.fetchCount(STAR_LEVEL, STAR_LEVEL.PERSON_ID.eq(personId)),
                dsl.fetchCount(SERVICE_CERTIFICATE, SERVICE_CERTIFICATE.PERSON_ID.eq(personId)),
                dsl.fetchCount(SITE, SITE.MANAGER_ID.eq(personId)));
    }

    /**
     * What still points to a person: team memberships, teams led, a party membership, honours; hours records, star
     * levels, certificates, stations managed. A volunteer registration alone does not: it goes with the person.
     */
    public record References(int memberships, int teamsLed, int partyMemberships, int honours, int serviceHours,
                             int starLevels, int certificates, int sitesManaged) {
        public boolean any() {
            return memberships + teamsLed + partyMemberships + honours > 0 || volunteerWork();
        }

        public boolean volunteerWork() {
            return serviceHours + starLevels + certificates + sitesManaged > 0;
        }
    }

    private SelectOnConditionStep<Record13<Long, String, String, LocalDate, String, String, Long, String, String,
            String, String, String, Integer>> selectRows() {
        return dsl.select(PERSON.ID, PERSON.NAME, PERSON.GENDER, PERSON.BIRTH_DATE, PERSON.ID_NUMBER, PERSON.MOBILE,
                        PERSON.UNIT_ID, UNIT.NAME, PERSON.EMPLOYEE_NO, PERSON.POLITICAL_STATUS, PERSON.VOLUNTEER_NO,
                        PERSON.SKILLS, PERSON.VERSION)
                .from(PERSON).join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID));
    }

    private static PersonRow toRow(Record13<Long, String, String, LocalDate, String, String, Long, String, String,
            String, String, String, Integer> r) {
        return new PersonRow(r.value1(), r.value2(), Gender.valueOf(r.value3()), r.value4(), r.value5(), r.value6(),
                r.value7(), r.value8(), r.value9(), PoliticalStatus.valueOf(r.value10()), r.value11(), r.value12(),
                r.value13());
    }

    private static Person toPerson(PersonRecord r) {
        return new Person(r.getId(), r.getName(), Gender.valueOf(r.getGender()), r.getBirthDate(), r.getIdNumber(),
                r.getMobile(), r.getUnitId(), r.getEmployeeNo(), PoliticalStatus.valueOf(r.getPoliticalStatus()),
                r.getVolunteerNo(), r.getSkills(), r.getNotes(), r.getVersion());
    }

    private static PersonRef toRef(Record5<Long, String, String, String, String> r) {
        return new PersonRef(r.value1(), r.value2(), r.value3(), r.value4(), r.value5());
    }
}
