package org.dianmifeng.console.volunteer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitStore;
import org.jooq.DSLContext;

/**
 * Volunteer registration: a person of the registry becomes a volunteer (the console gives them a volunteer number when
 * they have none, {@link Volunteer}), and staff change a volunteer's status with a reason. Every signed-in role reads
 * the list; changes need {@link Permission#VOLUNTEER_EDIT}, are audited (entity {@value #ENTITY}) and saved in one
 * transaction each.
 */
public final class VolunteerService {
    public static final String ENTITY = "VOLUNTEER";
    private final Database db;
    private final Audit audit;
    private final Clock clock;

    public VolunteerService(Database db, Audit audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today by the service's clock: the latest registration date; its year is "this year" of the list. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- reading

    /** The registered volunteers that pass the filter, with approved hours in total and in this year. */
    public List<VolunteerRow> list(Session who, VolunteerFilter filter) {
        VolunteerFilter f = filter == null ? VolunteerFilter.ALL : filter;
        return db.read(dsl -> {
            Set<Long> unitIds = f.unitId() == null ? Set.of()
                    : Unit.selfAndDescendants(f.unitId(), new UnitStore(dsl).all());
            return new VolunteerStore(dsl).rows(today().getYear()).stream().filter(r -> f.matches(r, unitIds))
                    .toList();
        });
    }

    /**
     * The first {@code limit} lines of {@link #list} without a filter, in its order: read in a fraction of its time,
     * for the screen to show before the rest.
     */
    public List<VolunteerRow> firstLines(Session who, int limit) {
        return db.read(dsl -> new VolunteerStore(dsl).firstRows(today().getYear(), limit));
    }

    /** One volunteer with teams and approved hours by year. */
    public VolunteerDetail detail(Session who, long personId) {
        return db.read(dsl -> {
            VolunteerStore store = new VolunteerStore(dsl);
            VolunteerRow row = store.row(personId, today().getYear()).orElseThrow(StaleDataException::new);
            return new VolunteerDetail(row, store.memberships(personId), store.years(personId));
        });
    }

    // ---------------------------------------------------------------- changes

    /**
     * Registers a person as an active volunteer on {@code registeredOn} (required, not in the future). A person without
     * a volunteer number gets the next one of the registration's year; one registered already is refused.
     */
    public Volunteer register(Session who, long personId, LocalDate registeredOn) {
        who.require(Permission.VOLUNTEER_EDIT);
        Checks checks = new Checks().required("volunteer.registeredOn", registeredOn);
        if (registeredOn != null && registeredOn.isAfter(today())) {
            checks.add("volunteer.registeredOn", "error.dateInFuture", today());
        }
        checks.throwIfAny();
        return db.transaction(dsl -> {
            VolunteerStore store = new VolunteerStore(dsl);
            PersonRef person = new TeamStore(dsl).person(personId).orElseThrow(StaleDataException::new);
            store.byPersonId(personId).ifPresent(v -> {
                throw new ConsoleException("error.volunteer.registeredAlready", person.name(), v.volunteerNo());
            });
            String number = person.volunteerNo();
            if (number == null) {
                int year = registeredOn.getYear();
                int sequence = store.lastSequence(year) + 1;
                number = Volunteer.number(year, sequence);
                while (store.numberTaken(number)) {
                    number = Volunteer.number(year, ++sequence);
                }
                store.setNumber(personId, number);
            }
            return enrol(dsl, audit, who, personId, person.name(), number, registeredOn);
        });
    }

    /**
     * Registers, inside the caller's transaction, a person who has just been given volunteer number {@code number}
     * elsewhere (the person form, an import of people): active, registered {@code today}, audited as {@link #register}
     * audits. A person given a number is a volunteer, whatever screen gave it. Does nothing, returning empty, when there
     * is no number or the person is registered already; needs {@link Permission#VOLUNTEER_EDIT} when it registers.
     */
    public static Optional<Volunteer> registerNumbered(DSLContext dsl, Audit audit, Session who, long personId,
                                                       String name, String number, LocalDate today) {
        if (number == null || new VolunteerStore(dsl).byPersonId(personId).isPresent()) {
            return Optional.empty();
        }
        who.require(Permission.VOLUNTEER_EDIT);
        return Optional.of(enrol(dsl, audit, who, personId, name, number, today));
    }

    /**
     * Takes back a registration that {@link #registerNumbered} made, inside the caller's transaction (an import undone):
     * the VOLUNTEER row goes if it still has {@code version}, audited.
     */
    public static void unregister(DSLContext dsl, Audit audit, Session who, Volunteer volunteer, String name) {
        new VolunteerStore(dsl).delete(volunteer.personId(), volunteer.version());
        audit.record(dsl, who, AuditAction.DELETE, ENTITY, volunteer.personId(),
                summary(name, volunteer.volunteerNo()), volunteer, null);
    }

    private static Volunteer enrol(DSLContext dsl, Audit audit, Session who, long personId, String name,
                                   String number, LocalDate on) {
        Volunteer saved = new VolunteerStore(dsl).insert(new Volunteer(personId, number, on, VolunteerStatus.ACTIVE,
                null, null, null));
        audit.record(dsl, who, AuditAction.CREATE, ENTITY, personId, summary(name, number), null, saved);
        return saved;
    }

    /**
     * Puts a volunteer read earlier into {@code status}, with a reason (required): staff only. Refused when the status
     * would not change, or as stale when someone changed the volunteer since.
     */
    public Volunteer changeStatus(Session who, Volunteer volunteer, VolunteerStatus status, String reason) {
        who.require(Permission.VOLUNTEER_EDIT);
        String why = Texts.clean(reason);
        Checks checks = new Checks().required("volunteer.status", status).text("volunteer.reason", why,
                Volunteer.REASON_MAX);
        if (status != null && !volunteer.status().canChangeTo(status)) {
            checks.add("volunteer.status", "error.volunteer.sameStatus", status);
        }
        checks.throwIfAny();
        return db.transaction(dsl -> {
            VolunteerStore store = new VolunteerStore(dsl);
            Volunteer before = store.byPersonId(volunteer.personId()).orElseThrow(StaleDataException::new);
            String name = new TeamStore(dsl).person(volunteer.personId()).orElseThrow(StaleDataException::new).name();
            Volunteer saved = store.updateStatus(new Volunteer(before.personId(), before.volunteerNo(),
                    before.registeredOn(), status, why, today(), volunteer.version()));
            audit.record(dsl, who, AuditAction.UPDATE, ENTITY, saved.personId(),
                    summary(name, saved.volunteerNo()) + " " + before.status().name() + " → " + status.name(), before,
                    saved);
            return saved;
        });
    }

    private static String summary(String name, String number) {
        return number + " " + name;
    }
}
