package org.dianmifeng.console.site;

import static org.dianmifeng.console.db.Tables.ACTIVITY;
import static org.dianmifeng.console.db.Tables.PERSON;
import static org.dianmifeng.console.db.Tables.SERVICE_HOURS;
import static org.dianmifeng.console.db.Tables.SITE;
import static org.dianmifeng.console.db.Tables.UNIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dianmifeng.console.core.Batches;
import org.dianmifeng.console.core.Optimistic;
import org.dianmifeng.console.db.tables.records.SiteRecord;
import org.dianmifeng.console.unit.PersonRef;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Queries of SITE, and the figures of the sites read from ACTIVITY and SERVICE_HOURS (the tables of issue 17; this store
 * reads them directly). Only APPROVED hours count. The batch insert is also what the sample data loads with.
 */
public final class SiteStore {
    private static final Field<Integer> ACTIVITY_COUNT = DSL.count().as("ACTIVITY_COUNT");
    private static final Field<Integer> VOLUNTEER_COUNT = DSL.countDistinct(SERVICE_HOURS.PERSON_ID).as("VOLUNTEER_COUNT");
    private static final Field<BigDecimal> HOURS_SUM = DSL.sum(SERVICE_HOURS.HOURS).as("HOURS_SUM");

    private static final org.dianmifeng.console.db.tables.Unit MANAGER_UNIT = UNIT.as("MANAGER_UNIT");

    private final DSLContext dsl;

    public SiteStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every site, by name: what an activity's station is chosen from. */
    public List<Site> all() {
        return dsl.selectFrom(SITE).orderBy(SITE.NAME).fetch(SiteStore::toSite);
    }

    public Optional<Site> byId(long id) {
        return dsl.selectFrom(SITE).where(SITE.ID.eq(id)).fetchOptional(SiteStore::toSite);
    }

    /** The site with that code, ignoring case. */
    public Optional<Site> byCode(String code) {
        return dsl.selectFrom(SITE).where(DSL.upper(SITE.CODE).eq(code.toUpperCase(java.util.Locale.ROOT)))
                .fetchOptional(SiteStore::toSite);
    }

    /** The site with that name, ignoring surrounding blanks. */
    public Optional<Site> byName(String name) {
        return dsl.selectFrom(SITE).where(DSL.trim(SITE.NAME).eq(name.strip())).fetchOptional(SiteStore::toSite);
    }

    public boolean unitExists(long unitId) {
        return dsl.fetchExists(UNIT, UNIT.ID.eq(unitId));
    }

    public boolean personExists(long personId) {
        return dsl.fetchExists(PERSON, PERSON.ID.eq(personId));
    }

    public Site insert(Site s) {
        long id = dsl.insertInto(SITE).set(values(s)).set(SITE.VERSION, 0).returning(SITE.ID).fetchOne(SITE.ID);
        return byId(id).orElseThrow();
    }

    /** Batch insert of sites, for the sample data. */
    public void insertBatch(List<Site> sites) {
        Batches.insert(dsl, SITE, SITE.VERSION, sites, SiteStore::values);
    }

    /** Saves every field if the row still has {@code s.version()}. */
    public Site update(Site s) {
        Optimistic.requireUpdated(dsl.update(SITE).set(values(s)).set(SITE.VERSION, SITE.VERSION.plus(1))
                .where(SITE.ID.eq(s.id()).and(SITE.VERSION.eq(s.version()))).execute());
        return byId(s.id()).orElseThrow();
    }

    private static Map<Field<?>, Object> values(Site s) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(SITE.CODE, s.code());
        v.put(SITE.NAME, s.name());
        v.put(SITE.KIND, s.kind().name());
        v.put(SITE.UNIT_ID, s.unitId());
        v.put(SITE.ADDRESS, s.address());
        v.put(SITE.AMENITIES, Amenity.codes(s.amenities()));
        v.put(SITE.OPENING_HOURS, s.openingHours());
        v.put(SITE.MANAGER_ID, s.managerId());
        v.put(SITE.STATUS, s.status().name());
        v.put(SITE.ESTABLISHED_ON, s.establishedOn());
        v.put(SITE.NOTES, s.notes());
        return v;
    }

    // ---------------------------------------------------------------- rows with figures

    /** Every site with unit, manager and the figures of {@code from} to {@code to} (both included), base first. */
    public List<SiteRow> rows(LocalDate from, LocalDate to) {
        return rowsWhere(DSL.noCondition(), from, to);
    }

    public Optional<SiteRow> row(long id, LocalDate from, LocalDate to) {
        return rowsWhere(SITE.ID.eq(id), from, to).stream().findFirst();
    }

    private record Served(int volunteers, BigDecimal hours) {
    }

    private List<SiteRow> rowsWhere(Condition where, LocalDate from, LocalDate to) {
        Map<Long, Integer> activities = new HashMap<>();
        dsl.select(ACTIVITY.SITE_ID, ACTIVITY_COUNT).from(ACTIVITY)
                .where(ACTIVITY.SITE_ID.isNotNull().and(ACTIVITY.CANCELLED.isFalse())
                        .and(ACTIVITY.STARTS_AT.ge(from.atStartOfDay()))
                        .and(ACTIVITY.STARTS_AT.lt(to.plusDays(1).atStartOfDay())))
                .groupBy(ACTIVITY.SITE_ID)
                .forEach(r -> activities.put(r.value1(), r.value2()));
        Map<Long, Served> served = new HashMap<>();
        // the period's hours read from the covering index on the date (V8: date, state, activity, person, hours; the
        // dashboard reads it at the sign-in, so its pages are in the cache), each activity found by its key; written
        // as a left join so that H2 keeps this order (inner, it went from the sites' activities to all their hours
        // records, read whole: 12,000 pages decrypted on the demo data instead of 270). PostgreSQL plans it as inner.
        dsl.select(ACTIVITY.SITE_ID, VOLUNTEER_COUNT, HOURS_SUM).from(SERVICE_HOURS)
                .leftJoin(ACTIVITY).on(ACTIVITY.ID.eq(SERVICE_HOURS.ACTIVITY_ID))
                .where(ACTIVITY.SITE_ID.isNotNull().and(SERVICE_HOURS.STATE.eq("APPROVED"))
                        .and(SERVICE_HOURS.SERVED_ON.between(from, to)))
                .groupBy(ACTIVITY.SITE_ID)
                .forEach(r -> served.put(r.value1(), new Served(r.value2(), r.value3())));
        Field<Integer> kindOrder = DSL.when(SITE.KIND.eq(SiteKind.BASE.name()), 0).otherwise(1);
        return dsl.select(SITE.fields())
                .select(UNIT.NAME, PERSON.NAME, MANAGER_UNIT.NAME, PERSON.EMPLOYEE_NO, PERSON.VOLUNTEER_NO)
                .from(SITE)
                .join(UNIT).on(UNIT.ID.eq(SITE.UNIT_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(SITE.MANAGER_ID))
                .leftJoin(MANAGER_UNIT).on(MANAGER_UNIT.ID.eq(PERSON.UNIT_ID))
                .where(where)
                .orderBy(kindOrder, UNIT.SORT_ORDER, SITE.CODE)
                .fetch(r -> toRow(r, activities, served));
    }

    private static SiteRow toRow(Record r, Map<Long, Integer> activities, Map<Long, Served> served) {
        Site site = toSite(r.into(SITE));
        Served s = served.getOrDefault(site.id(), new Served(0, BigDecimal.ZERO));
        PersonRef manager = site.managerId() == null ? null : new PersonRef(site.managerId(), r.get(PERSON.NAME),
                r.get(MANAGER_UNIT.NAME), r.get(PERSON.EMPLOYEE_NO), r.get(PERSON.VOLUNTEER_NO));
        return new SiteRow(site, r.get(UNIT.NAME), manager, activities.getOrDefault(site.id(), 0),
                s.volunteers(), (s.hours() == null ? BigDecimal.ZERO : s.hours()).setScale(1, java.math.RoundingMode.HALF_UP));
    }

    static Site toSite(SiteRecord r) {
        return new Site(r.getId(), r.getCode(), r.getName(), SiteKind.valueOf(r.getKind()), r.getUnitId(),
                r.getAddress(), Amenity.parse(r.getAmenities()), r.getOpeningHours(), r.getManagerId(),
                SiteStatus.valueOf(r.getStatus()), r.getEstablishedOn(), r.getNotes(), r.getVersion());
    }
}
