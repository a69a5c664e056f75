package org.dianmifeng.console.volunteer;

import static org.dianmifeng.console.db.Tables.PERSON;
import static org.dianmifeng.console.db.Tables.SERVICE_HOURS;
import static org.dianmifeng.console.db.Tables.TEAM;
import static org.dianmifeng.console.db.Tables.TEAM_MEMBER;
import static org.dianmifeng.console.db.Tables.UNIT;
import static org.dianmifeng.console.db.Tables.VOLUNTEER;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.dianmifeng.console.core.Batches;
import org.dianmifeng.console.core.Optimistic;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Queries of VOLUNTEER with the person, their teams and their approved hours (SERVICE_HOURS of issue 17, read directly
 * here). Only APPROVED hours count.
 */
public final class VolunteerStore {
    private static final String APPROVED = "APPROVED";

    private final DSLContext dsl;

    public VolunteerStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Volunteer> byPersonId(long personId) {
        return dsl.select(VOLUNTEER.fields()).select(PERSON.VOLUNTEER_NO).from(VOLUNTEER)
                .join(PERSON).on(PERSON.ID.eq(VOLUNTEER.PERSON_ID))
                .where(VOLUNTEER.PERSON_ID.eq(personId)).fetchOptional(VolunteerStore::toVolunteer);
    }

    /** The highest sequence of the console's numbers of {@code year} ({@link Volunteer#NUMBER}), 0 if none. */
    public int lastSequence(int year) {
        int last = 0;
        for (String no : dsl.select(PERSON.VOLUNTEER_NO).from(PERSON)
                .where(PERSON.VOLUNTEER_NO.like("V" + year + "%")).fetch(PERSON.VOLUNTEER_NO)) {
            Matcher m = Volunteer.NUMBER.matcher(no);
            if (m.matches()) {
                last = Math.max(last, Integer.parseInt(m.group(2)));
            }
        }
        return last;
    }

    public boolean numberTaken(String volunteerNo) {
        return dsl.fetchExists(PERSON, PERSON.VOLUNTEER_NO.eq(volunteerNo));
    }

    /** Gives a person their volunteer number (the person's version goes up: a form read before saves no older one). */
    public void setNumber(long personId, String volunteerNo) {
        dsl.update(PERSON).set(PERSON.VOLUNTEER_NO, volunteerNo).set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .where(PERSON.ID.eq(personId)).execute();
    }

    public Volunteer insert(Volunteer v) {
        dsl.insertInto(VOLUNTEER).set(values(v)).set(VOLUNTEER.VERSION, 0).execute();
        return byPersonId(v.personId()).orElseThrow();
    }

    /** Deletes a registration if it still has {@code version} (refused as stale otherwise). */
    public void delete(long personId, int version) {
        Optimistic.requireUpdated(dsl.deleteFrom(VOLUNTEER)
                .where(VOLUNTEER.PERSON_ID.eq(personId).and(VOLUNTEER.VERSION.eq(version))).execute());
    }

    /** Batch insert of registrations, for the sample data. */
    public void insertBatch(List<Volunteer> volunteers) {
        Batches.insert(dsl, VOLUNTEER, VOLUNTEER.VERSION, volunteers, VolunteerStore::values);
    }

    /** Saves status, reason and date of change if the row still has {@code v.version()}. */
    public Volunteer updateStatus(Volunteer v) {
        Optimistic.requireUpdated(dsl.update(VOLUNTEER)
                .set(VOLUNTEER.STATUS, v.status().name())
                .set(VOLUNTEER.STATUS_REASON, v.statusReason())
                .set(VOLUNTEER.STATUS_CHANGED_ON, v.statusChangedOn())
                .set(VOLUNTEER.VERSION, VOLUNTEER.VERSION.plus(1))
                .where(VOLUNTEER.PERSON_ID.eq(v.personId()).and(VOLUNTEER.VERSION.eq(v.version()))).execute());
        return byPersonId(v.personId()).orElseThrow();
    }

    private static Map<Field<?>, Object> values(Volunteer v) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(VOLUNTEER.PERSON_ID, v.personId());
        m.put(VOLUNTEER.REGISTERED_ON, v.registeredOn());
        m.put(VOLUNTEER.STATUS, v.status().name());
        m.put(VOLUNTEER.STATUS_REASON, v.statusReason());
        m.put(VOLUNTEER.STATUS_CHANGED_ON, v.statusChangedOn());
        return m;
    }

    // ---------------------------------------------------------------- rows

    /** Every registered volunteer, by unit and name, with teams and approved hours in total and in {@code year}. */
    public List<VolunteerRow> rows(int year) {
        return rowsWhere(DSL.noCondition(), year);
    }

    /**
     * The first {@code limit} volunteers of {@link #rows}, in its order, with their teams and hours alone: the units
     * taken in the company's order, and each unit's volunteers by name (from the index on the person's unit) until
     * there are {@code limit}; the whole list, 75,000 volunteers on the large data set, took 1.7 s to read.
     */
    public List<VolunteerRow> firstRows(int year, int limit) {
        List<Long> ids = new ArrayList<>();
        for (Long unit : dsl.select(UNIT.ID).from(UNIT).orderBy(UNIT.SORT_ORDER, UNIT.ID).fetch(UNIT.ID)) {
            if (ids.size() >= limit) {
                break;
            }
            ids.addAll(dsl.select(VOLUNTEER.PERSON_ID).from(VOLUNTEER)
                    .join(PERSON).on(PERSON.ID.eq(VOLUNTEER.PERSON_ID))
                    .where(PERSON.UNIT_ID.eq(unit))
                    .orderBy(PERSON.NAME, PERSON.ID)
                    .limit(limit - ids.size())
                    .fetch(VOLUNTEER.PERSON_ID));
        }
        return ids.isEmpty() ? List.of() : rowsWhere(VOLUNTEER.PERSON_ID.in(ids), year);
    }

    public Optional<VolunteerRow> row(long personId, int year) {
        return rowsWhere(VOLUNTEER.PERSON_ID.eq(personId), year).stream().findFirst();
    }

    private record Hours(BigDecimal total, BigDecimal year) {
    }

    private List<VolunteerRow> rowsWhere(Condition where, int year) {
        Map<Long, List<Long>> teamIds = new HashMap<>();
        Map<Long, List<String>> teamNames = new HashMap<>();
        dsl.select(TEAM_MEMBER.PERSON_ID, TEAM.ID, TEAM.NAME).from(TEAM_MEMBER)
                .join(TEAM).on(TEAM.ID.eq(TEAM_MEMBER.TEAM_ID))
                .join(VOLUNTEER).on(VOLUNTEER.PERSON_ID.eq(TEAM_MEMBER.PERSON_ID))
                .where(where)
                .orderBy(TEAM_MEMBER.PERSON_ID, TEAM.NAME)
                .forEach(r -> {
                    teamIds.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2());
                    teamNames.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value3());
                });
        Field<BigDecimal> total = DSL.sum(SERVICE_HOURS.HOURS).as("TOTAL");
        Field<BigDecimal> inYear = DSL.sum(DSL.when(SERVICE_HOURS.SERVED_ON.between(LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31)), SERVICE_HOURS.HOURS).otherwise(BigDecimal.ZERO)).as("IN_YEAR");
        Map<Long, Hours> hours = new HashMap<>();
        dsl.select(SERVICE_HOURS.PERSON_ID, total, inYear).from(SERVICE_HOURS)
                .join(VOLUNTEER).on(VOLUNTEER.PERSON_ID.eq(SERVICE_HOURS.PERSON_ID))
                .where(where.and(SERVICE_HOURS.STATE.eq(APPROVED)))
                .groupBy(SERVICE_HOURS.PERSON_ID)
                .forEach(r -> hours.put(r.value1(), new Hours(r.value2(), r.value3())));
        List<InUnitOrder> rows = new ArrayList<>(dsl.select(VOLUNTEER.fields())
                .select(PERSON.VOLUNTEER_NO, PERSON.NAME, PERSON.UNIT_ID, UNIT.NAME, PERSON.SKILLS, UNIT.SORT_ORDER)
                .from(VOLUNTEER)
                .join(PERSON).on(PERSON.ID.eq(VOLUNTEER.PERSON_ID))
                .join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .where(where)
                .fetch(r -> {
                    long id = r.get(VOLUNTEER.PERSON_ID);
                    Hours h = hours.getOrDefault(id, new Hours(null, null));
                    return new InUnitOrder(r.get(UNIT.SORT_ORDER), new VolunteerRow(toVolunteer(r), r.get(PERSON.NAME),
                            r.get(PERSON.UNIT_ID), r.get(UNIT.NAME), r.get(PERSON.SKILLS),
                            teamIds.getOrDefault(id, List.of()), teamNames.getOrDefault(id, List.of()),
                            oneDecimal(h.total()), oneDecimal(h.year())));
                }));
        rows.sort(IN_UNIT_ORDER);
        return rows.stream().map(InUnitOrder::row).toList();
    }

    /** A row with its unit's place in the company's order, to sort by. */
    private record InUnitOrder(int unitOrder, VolunteerRow row) {
    }

    /**
     * By unit (its place in the company's order, then id), then name and person; sorted here, in the order H2 sorts
     * strings, as the people list is ({@code PersonStore.rows}): the database's sort of the 75,000 volunteers of the
     * large data set spilled to an encrypted temporary file.
     */
    private static final Comparator<InUnitOrder> IN_UNIT_ORDER = Comparator.comparingInt(InUnitOrder::unitOrder)
            .thenComparingLong(r -> r.row().unitId()).thenComparing(r -> r.row().name())
            .thenComparingLong(r -> r.row().volunteer().personId());

    /** The teams a person is in, by team name. */
    public List<VolunteerDetail.TeamMembership> memberships(long personId) {
        return dsl.select(TEAM.NAME, TEAM_MEMBER.ROLE, TEAM_MEMBER.JOINED_ON).from(TEAM_MEMBER)
                .join(TEAM).on(TEAM.ID.eq(TEAM_MEMBER.TEAM_ID))
                .where(TEAM_MEMBER.PERSON_ID.eq(personId))
                .orderBy(TEAM.NAME)
                .fetch(r -> new VolunteerDetail.TeamMembership(r.value1(), TeamMemberRole.valueOf(r.value2()),
                        r.value3()));
    }

    /** A person's approved activities and hours by year, newest first. */
    public List<VolunteerYear> years(long personId) {
        Field<Integer> year = DSL.year(SERVICE_HOURS.SERVED_ON).as("SERVED_YEAR");
        return dsl.select(year, DSL.count(), DSL.sum(SERVICE_HOURS.HOURS)).from(SERVICE_HOURS)
                .where(SERVICE_HOURS.PERSON_ID.eq(personId).and(SERVICE_HOURS.STATE.eq(APPROVED)))
                .groupBy(DSL.year(SERVICE_HOURS.SERVED_ON))
                .orderBy(DSL.year(SERVICE_HOURS.SERVED_ON).desc())
                .fetch(r -> new VolunteerYear(r.value1(), r.value2(), oneDecimal(r.value3())));
    }

    static BigDecimal oneDecimal(BigDecimal hours) {
        return (hours == null ? BigDecimal.ZERO : hours).setScale(1, RoundingMode.HALF_UP);
    }

    private static Volunteer toVolunteer(Record r) {
        return new Volunteer(r.get(VOLUNTEER.PERSON_ID), r.get(PERSON.VOLUNTEER_NO), r.get(VOLUNTEER.REGISTERED_ON),
                VolunteerStatus.valueOf(r.get(VOLUNTEER.STATUS)), r.get(VOLUNTEER.STATUS_REASON),
                r.get(VOLUNTEER.STATUS_CHANGED_ON), r.get(VOLUNTEER.VERSION));
    }
}
