package org.dianmifeng.console.star;

import static org.dianmifeng.console.db.Tables.PERSON;
import static org.dianmifeng.console.db.Tables.SERVICE_HOURS;
import static org.dianmifeng.console.db.Tables.STAR_LEVEL;
import static org.dianmifeng.console.db.Tables.TEAM;
import static org.dianmifeng.console.db.Tables.TEAM_MEMBER;
import static org.dianmifeng.console.db.Tables.UNIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dianmifeng.console.core.Batches;
import org.dianmifeng.console.core.Optimistic;
import org.dianmifeng.console.db.tables.records.StarLevelRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Queries of STAR_LEVEL, and of the approved hours (SERVICE_HOURS, STATE = 'APPROVED': only approved hours count)
 * that the levels are found from. The batch insert is also what the sample data loads with.
 */
public final class StarStore {
    static final String APPROVED = "APPROVED";
    private static final Field<BigDecimal> TOTAL = DSL.sum(SERVICE_HOURS.HOURS).as("TOTAL");
    private final DSLContext dsl;

    public StarStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every person's cumulative approved hours (people without approved hours are left out). */
    public Map<Long, BigDecimal> approvedTotals() {
        return dsl.select(SERVICE_HOURS.PERSON_ID, TOTAL).from(SERVICE_HOURS)
                .where(SERVICE_HOURS.STATE.eq(APPROVED))
                .groupBy(SERVICE_HOURS.PERSON_ID)
                .fetchMap(SERVICE_HOURS.PERSON_ID, TOTAL);
    }

    /** The highest level each person has a row for, whatever its state (a withdrawn level is not found again). */
    public Map<Long, Integer> highestLevels() {
        Field<Integer> max = DSL.max(STAR_LEVEL.STARS).as("MAX_STARS");
        return dsl.select(STAR_LEVEL.PERSON_ID, max).from(STAR_LEVEL).groupBy(STAR_LEVEL.PERSON_ID)
                .fetchMap(STAR_LEVEL.PERSON_ID, max);
    }

    /** A person's approved hours in the order they were served: the day and the hours. */
    public record Served(LocalDate on, BigDecimal hours) {
    }

    /** The approved hours of {@code personIds}, each person's in the order served (day, then entry). */
    public Map<Long, List<Served>> approvedInOrder(Collection<Long> personIds) {
        Map<Long, List<Served>> out = new LinkedHashMap<>();
        List<Long> all = List.copyOf(personIds);
        for (int from = 0; from < all.size(); from += Batches.SIZE) {
            dsl.select(SERVICE_HOURS.PERSON_ID, SERVICE_HOURS.SERVED_ON, SERVICE_HOURS.HOURS).from(SERVICE_HOURS)
                    .where(SERVICE_HOURS.STATE.eq(APPROVED)
                            .and(SERVICE_HOURS.PERSON_ID.in(all.subList(from, Math.min(all.size(), from + Batches.SIZE)))))
                    .orderBy(SERVICE_HOURS.PERSON_ID, SERVICE_HOURS.SERVED_ON, SERVICE_HOURS.ID)
                    .forEach(r -> out.computeIfAbsent(r.get(SERVICE_HOURS.PERSON_ID), k -> new ArrayList<>())
                            .add(new Served(r.get(SERVICE_HOURS.SERVED_ON), r.get(SERVICE_HOURS.HOURS))));
        }
        return out;
    }

    /** Inserts new levels (without id and version) in batches. */
    public void insertAll(List<StarLevel> levels) {
        Batches.insert(dsl, STAR_LEVEL, STAR_LEVEL.VERSION, levels, StarStore::values);
    }

    private static Map<Field<?>, Object> values(StarLevel l) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(STAR_LEVEL.PERSON_ID, l.personId());
        v.put(STAR_LEVEL.STARS, l.stars());
        v.put(STAR_LEVEL.HOURS_AT, l.hoursAt());
        v.put(STAR_LEVEL.REACHED_ON, l.reachedOn());
        v.put(STAR_LEVEL.STATE, l.state().name());
        v.put(STAR_LEVEL.NOTICE_FROM, l.noticeFrom());
        v.put(STAR_LEVEL.NOTICE_UNTIL, l.noticeUntil());
        v.put(STAR_LEVEL.GRANTED_ON, l.grantedOn());
        v.put(STAR_LEVEL.DECIDED_BY, l.decidedBy());
        v.put(STAR_LEVEL.NOTE, l.note());
        return v;
    }

    public Optional<StarLevel> byId(long id) {
        return dsl.selectFrom(STAR_LEVEL).where(STAR_LEVEL.ID.eq(id)).fetchOptional(StarStore::toLevel);
    }

    /** Saves the state, notice, grant and note of a level read earlier; stale if changed since. */
    public StarLevel update(StarLevel l) {
        Map<Field<?>, Object> v = values(l);
        int n = dsl.update(STAR_LEVEL).set(v).set(STAR_LEVEL.VERSION, STAR_LEVEL.VERSION.plus(1))
                .where(STAR_LEVEL.ID.eq(l.id()).and(STAR_LEVEL.VERSION.eq(l.version()))).execute();
        Optimistic.requireUpdated(n);
        return byId(l.id()).orElseThrow();
    }

    /** The levels with {@code state} (null: all), each with its person, unit, teams and total now. */
    public List<StarRow> rows(StarState state) {
        return rows(state == null ? DSL.noCondition() : STAR_LEVEL.STATE.eq(state.name()));
    }

    /** One person's levels, lowest first. */
    public List<StarRow> history(long personId) {
        return rows(STAR_LEVEL.PERSON_ID.eq(personId));
    }

    /** The name of a person, for summaries. */
    public String personName(long personId) {
        return dsl.select(PERSON.NAME).from(PERSON).where(PERSON.ID.eq(personId)).fetchOne(PERSON.NAME);
    }

    private List<StarRow> rows(Condition where) {
        List<Record> records = dsl.select(STAR_LEVEL.asterisk(), PERSON.NAME, PERSON.VOLUNTEER_NO, UNIT.NAME)
                .from(STAR_LEVEL).join(PERSON).on(PERSON.ID.eq(STAR_LEVEL.PERSON_ID))
                .join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .where(where)
                .orderBy(STAR_LEVEL.REACHED_ON.desc(), PERSON.NAME, STAR_LEVEL.STARS)
                .fetch();
        Map<Long, String> teams = teamNames(where);
        Map<Long, BigDecimal> totals = totals(where);
        return records.stream().map(r -> {
            StarLevel l = toLevel(r.into(STAR_LEVEL));
            return new StarRow(l, r.get(PERSON.NAME), r.get(PERSON.VOLUNTEER_NO), r.get(UNIT.NAME),
                    teams.getOrDefault(l.personId(), ""), totals.getOrDefault(l.personId(), BigDecimal.ZERO));
        }).toList();
    }

    /**
     * The people with a level {@code where} holds, as a table to join: joined, each person's hours and teams are
     * found by the index on the person; a list of their ids (IN) made H2 test every hours record against the whole
     * list (seconds for the 945 levels of the sample data).
     */
    private Table<Record1<Long>> levelPeople(Condition where) {
        return dsl.selectDistinct(STAR_LEVEL.PERSON_ID).from(STAR_LEVEL).where(where).asTable("LEVEL_PEOPLE");
    }

    /** The approved totals of the people with a level {@code where} holds. */
    private Map<Long, BigDecimal> totals(Condition where) {
        Table<Record1<Long>> people = levelPeople(where);
        Field<Long> person = people.field(STAR_LEVEL.PERSON_ID);
        return dsl.select(person, TOTAL).from(people)
                .join(SERVICE_HOURS).on(SERVICE_HOURS.PERSON_ID.eq(person).and(SERVICE_HOURS.STATE.eq(APPROVED)))
                .groupBy(person)
                .fetchMap(person, TOTAL);
    }

    /** The teams of the people with a level {@code where} holds, each person's as one text ("队甲、队乙"). */
    private Map<Long, String> teamNames(Condition where) {
        Table<Record1<Long>> people = levelPeople(where);
        Field<Long> person = people.field(STAR_LEVEL.PERSON_ID);
        Map<Long, String> out = new HashMap<>();
        dsl.select(person, TEAM.NAME).from(people)
                .join(TEAM_MEMBER).on(TEAM_MEMBER.PERSON_ID.eq(person))
                .join(TEAM).on(TEAM.ID.eq(TEAM_MEMBER.TEAM_ID))
                .orderBy(person, TEAM.NAME)
                .forEach(r -> out.merge(r.value1(), r.value2(), (a, b) -> a + "、" + b));
        return out;
    }

    private static StarLevel toLevel(StarLevelRecord r) {
        return new StarLevel(r.getId(), r.getPersonId(), r.getStars(), r.getHoursAt(), r.getReachedOn(),
                StarState.valueOf(r.getState()), r.getNoticeFrom(), r.getNoticeUntil(), r.getGrantedOn(),
                r.getDecidedBy(), r.getNote(), r.getVersion());
    }
}
