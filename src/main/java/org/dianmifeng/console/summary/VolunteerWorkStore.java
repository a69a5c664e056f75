package org.dianmifeng.console.summary;

import static org.dianmifeng.console.db.Tables.ACTIVITY;
import static org.dianmifeng.console.db.Tables.PERSON;
import static org.dianmifeng.console.db.Tables.SERVICE_HOURS;
import static org.dianmifeng.console.db.Tables.SITE;
import static org.dianmifeng.console.db.Tables.STAR_LEVEL;
import static org.dianmifeng.console.db.Tables.TEAM;
import static org.dianmifeng.console.db.Tables.UNIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitScope;
import org.dianmifeng.console.unit.UnitStore;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The queries of volunteer work (issue 17) for the dashboard and the annual summary. Only approved hours count
 * (SERVICE_HOURS.STATE = 'APPROVED'), dated by SERVICE_HOURS.SERVED_ON (the activity's date, kept equal by the
 * activities' service). An activity counts as held in the year when it has approved hours in it. Hours and the
 * figures of teams are scoped by the team's unit, stations by the station's unit, star levels by the person's unit.
 * Counted and summed in SQL; the volunteers of a unit with the units below it are distinct people, so the store
 * hands out the distinct pairs of station (or team) and person, and the sheet unites them up the company tree.
 * The tables are read directly (sites, activities, hours and star levels are kept by other areas' services).
 */
public final class VolunteerWorkStore {
    /** The state of hours that count. */
    static final String APPROVED = "APPROVED";
    /** The state of a star level that was granted after its public notice. */
    static final String GRANTED = "GRANTED";
    private final DSLContext dsl;

    public VolunteerWorkStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One station or team with its figures of the year: activities held, records and approved hours. */
    public record Figures(int activities, int records, BigDecimal hours) {
        public Figures {
            hours = hours == null ? BigDecimal.ZERO : hours;
        }

        public static final Figures NONE = new Figures(0, 0, null);

        public Figures plus(Figures o) {
            return new Figures(activities + o.activities, records + o.records, hours.add(o.hours));
        }
    }

    /**
     * A station or team of the scope: its id, unit, name, kind (SITE.KIND or TEAM.KIND code), its figures of the
     * year and the ids of the distinct people with approved hours at it.
     */
    public record Place(long id, long unitId, String name, String kind, Figures figures, Set<Long> volunteers) {
    }

    /** Approved hours of the kind {@code kind} (ACTIVITY.KIND code) in month {@code month} (1..12). */
    public record MonthKind(int month, String kind, int activities, int records, BigDecimal hours) {
    }

    /** A star level granted in the year: who (name, volunteer number, unit), stars, hours when reached, dates. */
    public record Star(String name, String volunteerNo, String unitName, int stars, BigDecimal hoursAt,
                       LocalDate reachedOn, LocalDate grantedOn) {
    }

    private static LocalDate first(int year) {
        return LocalDate.of(year, 1, 1);
    }

    private static LocalDate last(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** The hours that count in {@code year}: approved, served in it. */
    private static Condition approvedIn(int year) {
        return SERVICE_HOURS.STATE.eq(APPROVED).and(SERVICE_HOURS.SERVED_ON.between(first(year), last(year)));
    }

    /** Hours of a team of the scope (every team, for the whole company: no join, one table read). */
    private static Condition ofTeamsIn(UnitScope scope) {
        return scope.unitIds() == null ? DSL.trueCondition()
                : SERVICE_HOURS.TEAM_ID.in(DSL.select(TEAM.ID).from(TEAM).where(TEAM.UNIT_ID.in(scope.unitIds())));
    }

    private static Condition covers(UnitScope scope, Field<Long> unitId) {
        return scope.unitIds() == null ? DSL.trueCondition() : unitId.in(scope.unitIds());
    }

    /** The units of the company, for the tree the sheets roll their rows up by. */
    public List<Unit> units() {
        return new UnitStore(dsl).all();
    }

    /**
     * The volunteer work of {@code year} in the scope ({@link YearFigures.Volunteering}): what the dashboard shows
     * and the overview prints. One pass over the year's approved hours, then the star levels.
     */
    public YearFigures.Volunteering volunteering(UnitScope scope, int year) {
        Field<Integer> activities = DSL.countDistinct(SERVICE_HOURS.ACTIVITY_ID);
        Field<Integer> volunteers = DSL.countDistinct(SERVICE_HOURS.PERSON_ID);
        Field<Integer> records = DSL.count();
        Field<BigDecimal> hours = DSL.sum(SERVICE_HOURS.HOURS);
        Record r = dsl.select(activities, volunteers, records, hours).from(SERVICE_HOURS)
                .where(approvedIn(year).and(ofTeamsIn(scope))).fetchOne();
        Condition grantedPeople = STAR_LEVEL.STATE.eq(GRANTED).and(covers(scope, PERSON.UNIT_ID));
        int granted = dsl.fetchCount(dsl.selectOne().from(STAR_LEVEL).join(PERSON).on(PERSON.ID.eq(STAR_LEVEL.PERSON_ID))
                .where(grantedPeople.and(STAR_LEVEL.GRANTED_ON.between(first(year), last(year)))));
        // each volunteer at the highest level granted to them by the end of the year
        Field<Integer> highest = DSL.max(STAR_LEVEL.STARS).as("HIGHEST");
        var perPerson = dsl.select(STAR_LEVEL.PERSON_ID, highest).from(STAR_LEVEL)
                .join(PERSON).on(PERSON.ID.eq(STAR_LEVEL.PERSON_ID))
                .where(grantedPeople.and(STAR_LEVEL.GRANTED_ON.le(last(year))))
                .groupBy(STAR_LEVEL.PERSON_ID).asTable("P");
        Field<Integer> level = perPerson.field(highest);
        Field<Integer> count = DSL.count();
        List<Integer> atLevel = new ArrayList<>(List.of(0, 0, 0, 0, 0));
        dsl.select(level, count).from(perPerson).groupBy(level)
                .forEach(x -> atLevel.set(x.get(level) - 1, x.get(count)));
        return new YearFigures.Volunteering(r.get(activities), r.get(volunteers), r.get(records), r.get(hours),
                granted, atLevel);
    }

    /**
     * Every station of the scope (by its unit), by code, with its figures of {@code year}: the approved hours of
     * the activities held there, whatever team held them.
     */
    public List<Place> sites(UnitScope scope, int year) {
        Field<Long> site = ACTIVITY.SITE_ID;
        Condition held = approvedIn(year).and(site.isNotNull());
        Map<Long, Figures> figures = new HashMap<>();
        Field<Integer> activities = DSL.countDistinct(SERVICE_HOURS.ACTIVITY_ID);
        Field<Integer> records = DSL.count();
        Field<BigDecimal> hours = DSL.sum(SERVICE_HOURS.HOURS);
        dsl.select(site, activities, records, hours)
                .from(SERVICE_HOURS).join(ACTIVITY).on(ACTIVITY.ID.eq(SERVICE_HOURS.ACTIVITY_ID))
                .where(held).groupBy(site)
                .forEach(r -> figures.put(r.get(site), new Figures(r.get(activities), r.get(records), r.get(hours))));
        Map<Long, Set<Long>> people = new HashMap<>();
        dsl.selectDistinct(site, SERVICE_HOURS.PERSON_ID)
                .from(SERVICE_HOURS).join(ACTIVITY).on(ACTIVITY.ID.eq(SERVICE_HOURS.ACTIVITY_ID))
                .where(held)
                .forEach(r -> people.computeIfAbsent(r.get(site), k -> new HashSet<>()).add(r.get(SERVICE_HOURS.PERSON_ID)));
        return dsl.select(SITE.ID, SITE.UNIT_ID, SITE.NAME, SITE.KIND).from(SITE)
                .where(covers(scope, SITE.UNIT_ID)).orderBy(SITE.CODE)
                .fetch(r -> new Place(r.get(SITE.ID), r.get(SITE.UNIT_ID), r.get(SITE.NAME), r.get(SITE.KIND),
                        figures.getOrDefault(r.get(SITE.ID), Figures.NONE),
                        people.getOrDefault(r.get(SITE.ID), Set.of())));
    }

    /**
     * The teams of the scope (by their unit) that are active or have approved hours in {@code year}, by name, with
     * their figures of the year.
     */
    public List<Place> teams(UnitScope scope, int year) {
        Field<Long> team = SERVICE_HOURS.TEAM_ID;
        Condition counted = approvedIn(year).and(ofTeamsIn(scope));
        Map<Long, Figures> figures = new HashMap<>();
        Field<Integer> activities = DSL.countDistinct(SERVICE_HOURS.ACTIVITY_ID);
        Field<Integer> records = DSL.count();
        Field<BigDecimal> hours = DSL.sum(SERVICE_HOURS.HOURS);
        dsl.select(team, activities, records, hours).from(SERVICE_HOURS).where(counted).groupBy(team)
                .forEach(r -> figures.put(r.get(team), new Figures(r.get(activities), r.get(records), r.get(hours))));
        Map<Long, Set<Long>> people = new HashMap<>();
        dsl.selectDistinct(team, SERVICE_HOURS.PERSON_ID).from(SERVICE_HOURS).where(counted)
                .forEach(r -> people.computeIfAbsent(r.get(team), k -> new HashSet<>()).add(r.get(SERVICE_HOURS.PERSON_ID)));
        List<Place> out = new ArrayList<>();
        dsl.select(TEAM.ID, TEAM.UNIT_ID, TEAM.NAME, TEAM.KIND, TEAM.ACTIVE).from(TEAM)
                .where(covers(scope, TEAM.UNIT_ID)).orderBy(TEAM.NAME, TEAM.ID)
                .forEach(r -> {
                    long id = r.get(TEAM.ID);
                    if (Boolean.TRUE.equals(r.get(TEAM.ACTIVE)) || figures.containsKey(id)) {
                        out.add(new Place(id, r.get(TEAM.UNIT_ID), r.get(TEAM.NAME), r.get(TEAM.KIND),
                                figures.getOrDefault(id, Figures.NONE), people.getOrDefault(id, Set.of())));
                    }
                });
        return out;
    }

    /** The approved hours of {@code year} in the scope by month and activity kind, by month then kind code. */
    public List<MonthKind> byMonthAndKind(UnitScope scope, int year) {
        Field<Integer> month = DSL.month(SERVICE_HOURS.SERVED_ON).as("M");
        Field<Integer> activities = DSL.countDistinct(SERVICE_HOURS.ACTIVITY_ID).as("A");
        Field<Integer> records = DSL.count().as("N");
        Field<BigDecimal> hours = DSL.sum(SERVICE_HOURS.HOURS).as("H");
        return dsl.select(month, ACTIVITY.KIND, activities, records, hours)
                .from(SERVICE_HOURS).join(ACTIVITY).on(ACTIVITY.ID.eq(SERVICE_HOURS.ACTIVITY_ID))
                .where(approvedIn(year).and(ofTeamsIn(scope)))
                .groupBy(DSL.month(SERVICE_HOURS.SERVED_ON), ACTIVITY.KIND)
                .orderBy(DSL.month(SERVICE_HOURS.SERVED_ON), ACTIVITY.KIND)
                .fetch(r -> new MonthKind(r.get(month), r.get(ACTIVITY.KIND), r.get(activities), r.get(records),
                        r.get(hours)));
    }

    /**
     * Hands each star level granted in {@code year} to a person of the scope to {@code each}: the most stars first,
     * then by date granted and name. Read through a cursor (a large year grants thousands).
     */
    public void starsGranted(UnitScope scope, int year, Consumer<Star> each) {
        try (Cursor<? extends Record> cursor = dsl.select(PERSON.NAME, PERSON.VOLUNTEER_NO, UNIT.NAME, STAR_LEVEL.STARS,
                        STAR_LEVEL.HOURS_AT, STAR_LEVEL.REACHED_ON, STAR_LEVEL.GRANTED_ON)
                .from(STAR_LEVEL).join(PERSON).on(PERSON.ID.eq(STAR_LEVEL.PERSON_ID))
                .join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .where(STAR_LEVEL.STATE.eq(GRANTED).and(STAR_LEVEL.GRANTED_ON.between(first(year), last(year)))
                        .and(covers(scope, PERSON.UNIT_ID)))
                .orderBy(STAR_LEVEL.STARS.desc(), STAR_LEVEL.GRANTED_ON, PERSON.NAME, STAR_LEVEL.ID)
                .fetchSize(SummaryStore.FETCH_SIZE)
                .fetchLazy()) {
            for (Record r : cursor) {
                each.accept(new Star(r.get(PERSON.NAME), r.get(PERSON.VOLUNTEER_NO), r.get(UNIT.NAME),
                        r.get(STAR_LEVEL.STARS), r.get(STAR_LEVEL.HOURS_AT), r.get(STAR_LEVEL.REACHED_ON),
                        r.get(STAR_LEVEL.GRANTED_ON)));
            }
        }
    }

    /**
     * The years with approved hours: the first and last dates and one look per year between them, by the index on
     * the date (as {@link SummaryStore}'s years of community service).
     */
    public List<Integer> years() {
        var range = dsl.select(DSL.min(SERVICE_HOURS.SERVED_ON), DSL.max(SERVICE_HOURS.SERVED_ON))
                .from(SERVICE_HOURS).fetchOne();
        List<Integer> out = new ArrayList<>();
        if (range == null || range.value1() == null) {
            return out;
        }
        for (int y = range.value1().getYear(); y <= range.value2().getYear(); y++) {
            if (dsl.fetchExists(dsl.selectOne().from(SERVICE_HOURS).where(approvedIn(y)))) {
                out.add(y);
            }
        }
        return out;
    }
}
