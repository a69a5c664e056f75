package org.dianmifeng.console.activity;

import static org.dianmifeng.console.db.Tables.ACTIVITY;
import static org.dianmifeng.console.db.Tables.PERSON;
import static org.dianmifeng.console.db.Tables.PROJECT;
import static org.dianmifeng.console.db.Tables.SERVICE_HOURS;
import static org.dianmifeng.console.db.Tables.SITE;
import static org.dianmifeng.console.db.Tables.TEAM;
import static org.dianmifeng.console.db.Tables.UNIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dianmifeng.console.core.Batches;
import org.dianmifeng.console.core.Optimistic;
import org.dianmifeng.console.db.tables.records.ActivityRecord;
import org.dianmifeng.console.db.tables.records.ProjectRecord;
import org.dianmifeng.console.db.tables.records.ServiceHoursRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Queries of PROJECT, ACTIVITY and SERVICE_HOURS (and the names of the teams, stations and people they point at). The
 * batch inserts are also what the sample data loads with. The stations to choose from are the site area's
 * ({@code SiteStore}); the list only joins SITE for a station's name.
 */
public final class ActivityStore {
    private static final Field<Integer> LINES = DSL.count().as("LINES");
    private static final Field<Integer> ENTERED = counted(SERVICE_HOURS.STATE.eq(HoursState.ENTERED.name()), "ENTERED");
    private static final Field<Integer> LATE_ENTERED = counted(SERVICE_HOURS.STATE.eq(HoursState.ENTERED.name())
            .and(SERVICE_HOURS.LATE.isTrue()), "LATE_ENTERED");
    private static final Field<Integer> APPROVED = counted(SERVICE_HOURS.STATE.eq(HoursState.APPROVED.name()), "APPROVED");
    private static final Field<Integer> DECLINED = counted(SERVICE_HOURS.STATE.eq(HoursState.DECLINED.name()), "DECLINED");
    private static final Field<BigDecimal> APPROVED_HOURS = DSL.sum(DSL.when(
            SERVICE_HOURS.STATE.eq(HoursState.APPROVED.name()), SERVICE_HOURS.HOURS)).as("APPROVED_HOURS");

    private final DSLContext dsl;

    public ActivityStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Field<Integer> counted(Condition c, String name) {
        return DSL.sum(DSL.when(c, DSL.inline(1)).otherwise(DSL.inline(0))).cast(Integer.class).as(name);
    }

    // ---------------------------------------------------------------- names and choices

    public Optional<String> teamName(long id) {
        return dsl.select(TEAM.NAME).from(TEAM).where(TEAM.ID.eq(id)).fetchOptional(TEAM.NAME);
    }

    public Optional<String> personName(long id) {
        return dsl.select(PERSON.NAME).from(PERSON).where(PERSON.ID.eq(id)).fetchOptional(PERSON.NAME);
    }

    public boolean projectExists(long id) {
        return dsl.fetchExists(PROJECT, PROJECT.ID.eq(id));
    }

    public boolean unitExists(long id) {
        return dsl.fetchExists(UNIT, UNIT.ID.eq(id));
    }

    /** The active teams and the active projects by name, with the stations {@code sites} (the site area's). */
    public ActivityChoices choices(List<NamedRef> sites) {
        return new ActivityChoices(
                dsl.select(TEAM.ID, TEAM.NAME).from(TEAM).where(TEAM.ACTIVE.isTrue()).orderBy(TEAM.NAME)
                        .fetch(r -> new NamedRef(r.value1(), r.value2())),
                dsl.select(PROJECT.ID, PROJECT.NAME).from(PROJECT).where(PROJECT.ACTIVE.isTrue()).orderBy(PROJECT.NAME)
                        .fetch(r -> new NamedRef(r.value1(), r.value2())),
                sites);
    }

    // ---------------------------------------------------------------- projects

    public List<Project> projects() {
        return dsl.selectFrom(PROJECT).orderBy(PROJECT.NAME).fetch(ActivityStore::toProject);
    }

    public Optional<Project> project(long id) {
        return dsl.selectFrom(PROJECT).where(PROJECT.ID.eq(id)).fetchOptional(ActivityStore::toProject);
    }

    public Optional<Project> projectNamed(String name) {
        return dsl.selectFrom(PROJECT).where(PROJECT.NAME.eq(name)).fetchOptional(ActivityStore::toProject);
    }

    public Project insertProject(Project p) {
        long id = dsl.insertInto(PROJECT).set(values(p)).set(PROJECT.VERSION, 0).returning(PROJECT.ID)
                .fetchOne(PROJECT.ID);
        return project(id).orElseThrow();
    }

    public Project updateProject(Project p) {
        Optimistic.requireUpdated(dsl.update(PROJECT).set(values(p)).set(PROJECT.VERSION, PROJECT.VERSION.plus(1))
                .where(PROJECT.ID.eq(p.id()).and(PROJECT.VERSION.eq(p.version()))).execute());
        return project(p.id()).orElseThrow();
    }

    private static Map<Field<?>, Object> values(Project p) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(PROJECT.NAME, p.name());
        v.put(PROJECT.UNIT_ID, p.unitId());
        v.put(PROJECT.BRAND, p.brand());
        v.put(PROJECT.STARTED_ON, p.startedOn());
        v.put(PROJECT.ENDED_ON, p.endedOn());
        v.put(PROJECT.DESCRIPTION, p.description());
        v.put(PROJECT.ACTIVE, p.active());
        return v;
    }

    static Project toProject(ProjectRecord r) {
        return new Project(r.getId(), r.getName(), r.getUnitId(), r.getBrand(), r.getStartedOn(), r.getEndedOn(),
                r.getDescription(), r.getActive(), r.getVersion());
    }

    // ---------------------------------------------------------------- activities

    public Optional<Activity> activity(long id) {
        return dsl.selectFrom(ACTIVITY).where(ACTIVITY.ID.eq(id)).fetchOptional(ActivityStore::toActivity);
    }

    /** The activities of that title starting on {@code day}, of any team (an import of a roster names them so). */
    public List<Activity> titledOn(String title, LocalDate day) {
        return dsl.selectFrom(ACTIVITY).where(ACTIVITY.TITLE.eq(title)
                        .and(ACTIVITY.STARTS_AT.ge(day.atStartOfDay()))
                        .and(ACTIVITY.STARTS_AT.lt(day.plusDays(1).atStartOfDay())))
                .orderBy(ACTIVITY.ID).fetch(ActivityStore::toActivity);
    }

    /** The latest activity not cancelled that started in [{@code from}, {@code to}), of one team (null: of any). */
    public Optional<Activity> latestStarted(Long teamId, LocalDateTime from, LocalDateTime to) {
        Condition where = ACTIVITY.CANCELLED.isFalse().and(ACTIVITY.STARTS_AT.ge(from)).and(ACTIVITY.STARTS_AT.lt(to));
        return dsl.selectFrom(ACTIVITY).where(teamId == null ? where : where.and(ACTIVITY.TEAM_ID.eq(teamId)))
                .orderBy(ACTIVITY.STARTS_AT.desc(), ACTIVITY.ID.desc()).limit(1).fetchOptional(ActivityStore::toActivity);
    }

    public Activity insert(Activity a) {
        long id = dsl.insertInto(ACTIVITY).set(values(a)).set(ACTIVITY.VERSION, 0).returning(ACTIVITY.ID)
                .fetchOne(ACTIVITY.ID);
        return activity(id).orElseThrow();
    }

    /**
     * Batch insert of activities, for the sample data: their ids in the order given (identity values of one
     * transaction's batch rise in the order of its rows).
     */
    public List<Long> insertBatch(List<Activity> activities) {
        Long before = dsl.select(DSL.max(ACTIVITY.ID)).from(ACTIVITY).fetchOne(0, Long.class);
        Batches.insert(dsl, ACTIVITY, ACTIVITY.VERSION, activities, ActivityStore::values);
        List<Long> ids = dsl.select(ACTIVITY.ID).from(ACTIVITY)
                .where(before == null ? DSL.noCondition() : ACTIVITY.ID.gt(before)).orderBy(ACTIVITY.ID)
                .fetch(ACTIVITY.ID);
        if (ids.size() != activities.size()) {
            throw new IllegalStateException("activities inserted: " + ids.size() + " of " + activities.size());
        }
        return ids;
    }

    /** Saves every field if the row still has {@code a.version()}; the hours' day and team follow the activity's. */
    public Activity update(Activity a) {
        Optimistic.requireUpdated(dsl.update(ACTIVITY).set(values(a)).set(ACTIVITY.VERSION, ACTIVITY.VERSION.plus(1))
                .where(ACTIVITY.ID.eq(a.id()).and(ACTIVITY.VERSION.eq(a.version()))).execute());
        dsl.update(SERVICE_HOURS).set(SERVICE_HOURS.SERVED_ON, a.heldOn()).set(SERVICE_HOURS.TEAM_ID, a.teamId())
                .where(SERVICE_HOURS.ACTIVITY_ID.eq(a.id())
                        .and(SERVICE_HOURS.SERVED_ON.ne(a.heldOn()).or(SERVICE_HOURS.TEAM_ID.ne(a.teamId()))))
                .execute();
        return activity(a.id()).orElseThrow();
    }

    /** Deletes an activity (its roster taken off first) if the row still has {@code version}. */
    public void delete(long id, int version) {
        Optimistic.requireUpdated(dsl.deleteFrom(ACTIVITY).where(ACTIVITY.ID.eq(id).and(ACTIVITY.VERSION.eq(version)))
                .execute());
    }

    private static Map<Field<?>, Object> values(Activity a) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(ACTIVITY.TITLE, a.title());
        v.put(ACTIVITY.KIND, a.kind().name());
        v.put(ACTIVITY.PROJECT_ID, a.projectId());
        v.put(ACTIVITY.SITE_ID, a.siteId());
        v.put(ACTIVITY.TEAM_ID, a.teamId());
        v.put(ACTIVITY.STARTS_AT, a.startsAt());
        v.put(ACTIVITY.PLANNED_HOURS, a.plannedHours());
        v.put(ACTIVITY.PLACE, a.place());
        v.put(ACTIVITY.CONTENT, a.content());
        v.put(ACTIVITY.CANCELLED, a.cancelled());
        return v;
    }

    static Activity toActivity(ActivityRecord r) {
        return new Activity(r.getId(), r.getTitle(), ActivityKind.valueOf(r.getKind()), r.getProjectId(),
                r.getSiteId(), r.getTeamId(), r.getStartsAt(), r.getPlannedHours(), r.getPlace(), r.getContent(),
                r.getCancelled(), r.getVersion());
    }

    /**
     * The activities of the filter's team, kind, project, station and days (the rest of the filter is the service's),
     * newest first, with their names and their roster's counts.
     */
    public List<ActivityRow> rows(ActivityFilter f) {
        return withCounts(listed(where(f), null), f.teamId());
    }

    /**
     * The first {@code limit} activities of {@link #rows}, in its order: read newest first from the index on the start
     * (V7's IX_ACTIVITY_STARTS, read backwards), with the counts of their few days, so that a list of a year's 50,000
     * activities shows its first lines at once.
     */
    public List<ActivityRow> firstRows(ActivityFilter f, int limit) {
        return withCounts(listed(where(f), limit), f.teamId());
    }

    public Optional<ActivityRow> row(long id) {
        return withCounts(listed(ACTIVITY.ID.eq(id), null), null).stream().findFirst();
    }

    private static Condition where(ActivityFilter f) {
        Condition where = DSL.noCondition();
        if (f.teamId() != null) {
            where = where.and(ACTIVITY.TEAM_ID.eq(f.teamId()));
        }
        if (f.kind() != null) {
            where = where.and(ACTIVITY.KIND.eq(f.kind().name()));
        }
        if (f.projectId() != null) {
            where = where.and(ACTIVITY.PROJECT_ID.eq(f.projectId()));
        }
        if (f.siteId() != null) {
            where = where.and(ACTIVITY.SITE_ID.eq(f.siteId()));
        }
        if (f.from() != null) {
            where = where.and(ACTIVITY.STARTS_AT.ge(f.from().atStartOfDay()));
        }
        if (f.to() != null) {
            where = where.and(ACTIVITY.STARTS_AT.lt(f.to().plusDays(1).atStartOfDay()));
        }
        return where;
    }

    /** An activity with the names of its team, project and station, before its counts. */
    private record Listed(Activity activity, String teamName, String projectName, String siteName) {
    }

    /** The activities of {@code where}, newest first, at most {@code limit}. */
    private List<Listed> listed(Condition where, Integer limit) {
        var query = dsl.select(ACTIVITY.fields()).select(TEAM.NAME, PROJECT.NAME, SITE.NAME)
                .from(ACTIVITY)
                .join(TEAM).on(TEAM.ID.eq(ACTIVITY.TEAM_ID))
                .leftJoin(PROJECT).on(PROJECT.ID.eq(ACTIVITY.PROJECT_ID))
                .leftJoin(SITE).on(SITE.ID.eq(ACTIVITY.SITE_ID))
                .where(where)
                .orderBy(ACTIVITY.STARTS_AT.desc(), ACTIVITY.ID.desc());
        return (limit == null ? query : query.limit(limit)).fetch(r -> new Listed(toActivity(r.into(ACTIVITY)),
                r.get(TEAM.NAME), r.get(PROJECT.NAME), r.get(SITE.NAME)));
    }

    /** The counts of one activity's roster. */
    private record Counts(int lines, int entered, int lateEntered, int approved, int declined, BigDecimal hours) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0, BigDecimal.ZERO.setScale(1));
    }

    /**
     * The activities with their roster's counts, read in one pass over the hours of the days they were held on (from
     * the first day to the last; of their team when the list is one team's): the hours' SERVED_ON is the activity's
     * day and their TEAM_ID its team, and the index IX_SERVICE_HOURS_DAYS (V9) holds every column counted, so that the
     * database reads that index alone. Joined to the activities here: a join to the grouped hours made H2 look each
     * activity's hours up by the (ACTIVITY_ID, PERSON_ID) index and read every line whole (a year of 1,000,000 lines:
     * 11 s), and a condition on the activities inside the counts was evaluated again for every activity (20 s).
     */
    private List<ActivityRow> withCounts(List<Listed> listed, Long teamId) {
        if (listed.isEmpty()) {
            return List.of();
        }
        LocalDate first = listed.stream().map(l -> l.activity().heldOn()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = listed.stream().map(l -> l.activity().heldOn()).max(LocalDate::compareTo).orElseThrow();
        Condition days = SERVICE_HOURS.SERVED_ON.between(first, last);
        Map<Long, Counts> counts = new HashMap<>();
        dsl.select(SERVICE_HOURS.ACTIVITY_ID, LINES, ENTERED, LATE_ENTERED, APPROVED, DECLINED, APPROVED_HOURS)
                .from(SERVICE_HOURS)
                .where(teamId == null ? days : days.and(SERVICE_HOURS.TEAM_ID.eq(teamId)))
                .groupBy(SERVICE_HOURS.ACTIVITY_ID)
                .forEach(r -> counts.put(r.value1(), new Counts(zeroIfNull(r.value2()), zeroIfNull(r.value3()),
                        zeroIfNull(r.value4()), zeroIfNull(r.value5()), zeroIfNull(r.value6()),
                        r.value7() == null ? Counts.NONE.hours() : r.value7())));
        return listed.stream().map(l -> {
            Counts c = counts.getOrDefault(l.activity().id(), Counts.NONE);
            return new ActivityRow(l.activity(), l.teamName(), l.projectName(), l.siteName(), c.lines(), c.entered(),
                    c.lateEntered(), c.approved(), c.declined(), c.hours());
        }).toList();
    }

    private static int zeroIfNull(Number n) {
        return n == null ? 0 : n.intValue();
    }

    // ---------------------------------------------------------------- hours

    public Optional<ServiceHours> hours(long id) {
        return dsl.selectFrom(SERVICE_HOURS).where(SERVICE_HOURS.ID.eq(id)).fetchOptional(ActivityStore::toHours);
    }

    public Optional<ServiceHours> hoursOf(long activityId, long personId) {
        return dsl.selectFrom(SERVICE_HOURS)
                .where(SERVICE_HOURS.ACTIVITY_ID.eq(activityId).and(SERVICE_HOURS.PERSON_ID.eq(personId)))
                .fetchOptional(ActivityStore::toHours);
    }

    /** The lines of an activity's roster in the given states (none given: all), in the order entered. */
    public List<ServiceHours> hoursIn(long activityId, Collection<HoursState> states) {
        Condition where = SERVICE_HOURS.ACTIVITY_ID.eq(activityId);
        if (!states.isEmpty()) {
            where = where.and(SERVICE_HOURS.STATE.in(states.stream().map(Enum::name).toList()));
        }
        return dsl.selectFrom(SERVICE_HOURS).where(where).orderBy(SERVICE_HOURS.ID).fetch(ActivityStore::toHours);
    }

    /** The largest hours on an activity's roster, or null if it has none. */
    public BigDecimal maxHours(long activityId) {
        return dsl.select(DSL.max(SERVICE_HOURS.HOURS)).from(SERVICE_HOURS)
                .where(SERVICE_HOURS.ACTIVITY_ID.eq(activityId)).fetchOne(0, BigDecimal.class);
    }

    /** The roster of an activity with names, numbers and units, by name. */
    public List<RosterLine> roster(long activityId) {
        return dsl.select(SERVICE_HOURS.fields()).select(PERSON.NAME, PERSON.VOLUNTEER_NO, UNIT.NAME)
                .from(SERVICE_HOURS)
                .join(PERSON).on(PERSON.ID.eq(SERVICE_HOURS.PERSON_ID))
                .join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .where(SERVICE_HOURS.ACTIVITY_ID.eq(activityId))
                .orderBy(PERSON.NAME, SERVICE_HOURS.ID)
                .fetch(r -> new RosterLine(toHours(r.into(SERVICE_HOURS)), r.get(PERSON.NAME),
                        r.get(PERSON.VOLUNTEER_NO), r.get(UNIT.NAME)));
    }

    public ServiceHours insertHours(ServiceHours h) {
        long id = dsl.insertInto(SERVICE_HOURS).set(values(h)).set(SERVICE_HOURS.VERSION, 0)
                .returning(SERVICE_HOURS.ID).fetchOne(SERVICE_HOURS.ID);
        return hours(id).orElseThrow();
    }

    /** Batch insert of hours, for the sample data. */
    public void insertHoursBatch(List<ServiceHours> lines) {
        Batches.insert(dsl, SERVICE_HOURS, SERVICE_HOURS.VERSION, lines, ActivityStore::values);
    }

    /** Saves every field of a line if the row still has {@code h.version()}. */
    public ServiceHours updateHours(ServiceHours h) {
        Optimistic.requireUpdated(dsl.update(SERVICE_HOURS).set(values(h))
                .set(SERVICE_HOURS.VERSION, SERVICE_HOURS.VERSION.plus(1))
                .where(SERVICE_HOURS.ID.eq(h.id()).and(SERVICE_HOURS.VERSION.eq(h.version()))).execute());
        return hours(h.id()).orElseThrow();
    }

    public void deleteHours(long id, int version) {
        Optimistic.requireUpdated(dsl.deleteFrom(SERVICE_HOURS)
                .where(SERVICE_HOURS.ID.eq(id).and(SERVICE_HOURS.VERSION.eq(version))).execute());
    }

    private static Map<Field<?>, Object> values(ServiceHours h) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(SERVICE_HOURS.ACTIVITY_ID, h.activityId());
        v.put(SERVICE_HOURS.PERSON_ID, h.personId());
        v.put(SERVICE_HOURS.TEAM_ID, h.teamId());
        v.put(SERVICE_HOURS.SERVED_ON, h.servedOn());
        v.put(SERVICE_HOURS.HOURS, h.hours());
        v.put(SERVICE_HOURS.STATE, h.state().name());
        v.put(SERVICE_HOURS.LATE, h.late());
        v.put(SERVICE_HOURS.LATE_REASON, h.lateReason());
        v.put(SERVICE_HOURS.ENTERED_BY, h.enteredBy());
        v.put(SERVICE_HOURS.ENTERED_AT, h.enteredAt());
        v.put(SERVICE_HOURS.DECIDED_BY, h.decidedBy());
        v.put(SERVICE_HOURS.DECIDED_AT, h.decidedAt());
        v.put(SERVICE_HOURS.DECISION_NOTE, h.decisionNote());
        return v;
    }

    static ServiceHours toHours(ServiceHoursRecord r) {
        return new ServiceHours(r.getId(), r.getActivityId(), r.getPersonId(), r.getTeamId(), r.getServedOn(),
                r.getHours(), HoursState.valueOf(r.getState()), r.getLate(), r.getLateReason(), r.getEnteredBy(),
                r.getEnteredAt(), r.getDecidedBy(), r.getDecidedAt(), r.getDecisionNote(), r.getVersion());
    }
}
