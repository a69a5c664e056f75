package org.dianmifeng.console.testing;

import static org.dianmifeng.console.db.Tables.ACTIVITY;
import static org.dianmifeng.console.db.Tables.SERVICE_HOURS;
import static org.dianmifeng.console.db.Tables.SITE;
import static org.dianmifeng.console.db.Tables.VOLUNTEER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.Team;

/**
 * Rows of volunteer work (issue 17) inserted with jOOQ, for the tests of the slices that read them (star levels,
 * certificates, the dashboard and the annual summary) while the slices that keep them through their services are
 * made at the same time. Each method inserts exactly what its arguments say and returns the new row's id.
 */
public final class VolunteerWorkFixtures {
    private final TestServices t;

    public VolunteerWorkFixtures(TestServices t) {
        this.t = t;
    }

    /** A station of {@code kind} (a SITE.KIND code) of {@code unit}, open. */
    public long site(String code, String name, String kind, Unit unit) {
        return t.services().database().transaction(dsl -> dsl.insertInto(SITE)
                .set(SITE.CODE, code)
                .set(SITE.NAME, name)
                .set(SITE.KIND, kind)
                .set(SITE.UNIT_ID, unit.id())
                .set(SITE.ADDRESS, name + "地址")
                .set(SITE.STATUS, "OPEN")
                .set(SITE.ESTABLISHED_ON, LocalDate.of(2022, 5, 1))
                .returning(SITE.ID).fetchOne().getId());
    }

    /** Registers {@code person} as an active volunteer on {@code registeredOn}. */
    public void volunteer(Person person, LocalDate registeredOn) {
        // a person given a volunteer number was registered today by that save: registered on the day asked instead
        t.services().database().transaction(dsl -> {
            dsl.deleteFrom(VOLUNTEER).where(VOLUNTEER.PERSON_ID.eq(person.id())).execute();
            return dsl.insertInto(VOLUNTEER)
                    .set(VOLUNTEER.PERSON_ID, person.id())
                    .set(VOLUNTEER.REGISTERED_ON, registeredOn)
                    .set(VOLUNTEER.STATUS, "ACTIVE")
                    .execute();
        });
    }

    /**
     * An activity of {@code team} of {@code kind} (an ACTIVITY.KIND code) at {@code siteId} (null: elsewhere), starting
     * at {@code startsAt}, planned for {@code plannedHours}.
     */
    public long activity(String title, String kind, Team team, Long siteId, LocalDateTime startsAt, String plannedHours) {
        return t.services().database().transaction(dsl -> dsl.insertInto(ACTIVITY)
                .set(ACTIVITY.TITLE, title)
                .set(ACTIVITY.KIND, kind)
                .set(ACTIVITY.TEAM_ID, team.id())
                .set(ACTIVITY.SITE_ID, siteId)
                .set(ACTIVITY.STARTS_AT, startsAt)
                .set(ACTIVITY.PLANNED_HOURS, new BigDecimal(plannedHours))
                .returning(ACTIVITY.ID).fetchOne().getId());
    }

    /**
     * {@code hours} of {@code person} at the activity {@code activityId} (of {@code team}, held on {@code servedOn}) in
     * {@code state} (ENTERED, APPROVED or DECLINED), entered by the administrator on the day it was served.
     */
    public long hours(long activityId, Team team, LocalDate servedOn, Person person, String hours, String state) {
        return t.services().database().transaction(dsl -> dsl.insertInto(SERVICE_HOURS)
                .set(SERVICE_HOURS.ACTIVITY_ID, activityId)
                .set(SERVICE_HOURS.PERSON_ID, person.id())
                .set(SERVICE_HOURS.TEAM_ID, team.id())
                .set(SERVICE_HOURS.SERVED_ON, servedOn)
                .set(SERVICE_HOURS.HOURS, new BigDecimal(hours))
                .set(SERVICE_HOURS.STATE, state)
                .set(SERVICE_HOURS.ENTERED_BY, "admin")
                .set(SERVICE_HOURS.ENTERED_AT, servedOn.atTime(20, 0))
                .set(SERVICE_HOURS.DECIDED_BY, "APPROVED".equals(state) || "DECLINED".equals(state) ? "admin" : null)
                .set(SERVICE_HOURS.DECIDED_AT, "ENTERED".equals(state) ? null : servedOn.atTime(21, 0))
                .returning(SERVICE_HOURS.ID).fetchOne().getId());
    }
}
