package org.dianmifeng.console.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.AuditNote;
import org.dianmifeng.console.core.AuditTexts;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Masking;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Problem;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.core.ValidationException;
import org.dianmifeng.console.volunteer.VolunteerService;
import org.dianmifeng.console.volunteer.VolunteerStore;
import org.jooq.DSLContext;

/**
 * The registry of people: staff, volunteers and party members. Every change is checked, audited
 * and saved in one transaction; ID numbers and phones reach only roles allowed to see them. A person given a
 * volunteer number here becomes a registered volunteer in the same transaction
 * ({@link VolunteerService#registerNumbered}); a registered volunteer keeps a number.
 */
public final class PersonService {
    static final String ENTITY = "PERSON";
    private final Database db;
    private final Audit audit;
    private final Clock clock;

    public PersonService(Database db, Audit audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** Up to {@code limit} people matching a name or number, for pickers in other areas. */
    public List<PersonRef> search(Session who, String text, int limit) {
        String t = Texts.clean(text);
        return t == null ? List.of() : db.read(dsl -> new PersonStore(dsl).search(t, limit));
    }

    /**
     * Everyone, as the list shows them: ID numbers, birth dates and phones as {@link Masking} lets the role see
     * them (in clear, or starred out and the birth year only).
     */
    public List<PersonRow> list(Session who) {
        return shownTo(who, db.read(dsl -> new PersonStore(dsl).rows()));
    }

    /** The first {@code limit} lines of {@link #list}, in its order and masked as it masks: read in a fraction of its time. */
    public List<PersonRow> firstLines(Session who, int limit) {
        return shownTo(who, db.read(dsl -> new PersonStore(dsl).firstRows(limit)));
    }

    private static List<PersonRow> shownTo(Session who, List<PersonRow> rows) {
        return Masking.inClear(who.role()) ? rows : rows.stream().map(r -> r.shownTo(who.role())).toList();
    }

    /** One line of the list, masked as {@link #list} masks. */
    public PersonRow row(Session who, long id) {
        return db.read(dsl -> new PersonStore(dsl).row(id)).orElseThrow(PersonService::gone).shownTo(who.role());
    }

    /** One person with every field, masked as {@link #list} masks (a masked person has no birth date). */
    public Person get(Session who, long id) {
        return db.read(dsl -> new PersonStore(dsl).byId(id)).orElseThrow(PersonService::gone).shownTo(who.role());
    }

    public Person create(Session who, Person person) {
        Person draft = person.asNew().cleaned();
        check(who, new Checks(), draft);
        return db.transaction(dsl -> {
            PersonStore store = new PersonStore(dsl);
            checkUnit(dsl, draft.unitId());
            checkUnique(dsl, store, draft);
            Person saved = store.insert(draft);
            audit.record(dsl, who, AuditAction.CREATE, ENTITY, saved.id(), saved.name(), null, saved);
            VolunteerService.registerNumbered(dsl, audit, who, saved.id(), saved.name(), saved.volunteerNo(), today());
            return saved.shownTo(who.role());
        });
    }

    /**
     * The field checks of a person as {@link #create} makes them (for a role that sees people in clear, as
     * {@link #update} makes them too), before anything is read, added to {@code checks} (e.g. the dates a form could
     * not read): every problem at once.
     */
    public void check(Session who, Checks checks, Person person) {
        who.require(Permission.PERSON_EDIT);
        person.cleaned().check(checks, today()).throwIfAny();
    }

    /**
     * Saves a person read earlier with {@link #get}: refused as stale if someone changed it since. A
     * role that sees masked values and leaves them as shown keeps the stored ID number and phone, and a birth
     * date it was not shown (null) is the stored one.
     */
    public Person update(Session who, Person person) {
        who.require(Permission.PERSON_EDIT);
        Objects.requireNonNull(person.id(), "update needs a person read with get");
        Person typed = person.cleaned();
        return db.transaction(dsl -> {
            PersonStore store = new PersonStore(dsl);
            Person before = store.byId(typed.id()).orElseThrow(PersonService::gone);
            Person p = Masking.inClear(who.role()) ? typed : keepMasked(typed, before);
            p.check(today()).throwIfAny();
            if (!Objects.equals(p.unitId(), before.unitId())) {
                checkUnit(dsl, p.unitId());
            }
            checkUnique(dsl, store, p);
            if (p.volunteerNo() == null && before.volunteerNo() != null
                    && new VolunteerStore(dsl).byPersonId(p.id()).isPresent()) {
                throw new ValidationException(List.of(Problem.of("person.volunteerNo", "error.person.volunteerNoKept",
                        before.name(), before.volunteerNo())));
            }
            Person saved = store.update(p);
            audit.record(dsl, who, AuditAction.UPDATE, ENTITY, saved.id(), saved.name(), before, saved);
            VolunteerService.registerNumbered(dsl, audit, who, saved.id(), saved.name(), saved.volunteerNo(), today());
            return saved.shownTo(who.role());
        });
    }

    /** Deletes a person nothing points to; otherwise says what does. Returns who was deleted. */
    public Person delete(Session who, long id, int version) {
        who.require(Permission.PERSON_EDIT);
        return db.transaction(dsl -> {
            PersonStore store = new PersonStore(dsl);
            Person before = store.byId(id).orElseThrow(PersonService::gone);
            PersonStore.References refs = store.references(id);
            if (refs.volunteerWork()) {
                throw new ConsoleException("error.person.inVolunteerWork", before.name(), refs.serviceHours(),
                        refs.starLevels(), refs.certificates(), refs.sitesManaged());
            }
            if (refs.any()) {
                throw new ConsoleException("error.person.inUse", before.name(), refs.memberships(), refs.teamsLed(),
                        refs.partyMemberships(), refs.honours());
            }
            store.delete(id, version);
            audit.record(dsl, who, AuditAction.DELETE, ENTITY, id, before.name(), before, null);
            return before.shownTo(who.role());
        });
    }

    /**
     * Inserts many checked people in one transaction with JDBC batches, audited as one line: for the
     * sample data and imports. Refuses the whole batch if any person fails its field checks. Returns
     * the new ids in the order given.
     */
    public List<Long> createBatch(Session who, List<Person> people) {
        who.require(Permission.PERSON_EDIT);
        List<Person> clean = people.stream().map(p -> p.asNew().cleaned()).toList();
        LocalDate today = today();
        clean.forEach(p -> p.check(today).throwIfAny());
        return db.transaction(dsl -> {
            List<Long> ids = new PersonStore(dsl).insertBatch(clean);
            audit.record(dsl, who, AuditAction.CREATE, ENTITY, null, AuditTexts.stored(AuditNote.BATCH) + " " + ids.size(), null, null);
            return ids;
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * What a role that sees masked values typed, with the values it left as shown taken from {@code stored}: an
     * ID number or phone equal to the stored one masked, and no birth date (such a role is shown the year only).
     */
    static Person keepMasked(Person typed, Person stored) {
        Person p = typed;
        if (p.birthDate() == null) {
            p = p.withBirthDate(stored.birthDate());
        }
        if (Objects.equals(p.idNumber(), Masking.idNumber(stored.idNumber()))) {
            p = p.withIdNumber(stored.idNumber());
        }
        if (p.mobile() != null && Objects.equals(p.mobile(), Masking.phone(stored.mobile()))) {
            p = p.withMobile(stored.mobile());
        }
        return p;
    }

    /** The unit must exist and be active. */
    private static void checkUnit(DSLContext dsl, long unitId) {
        Unit unit = new UnitStore(dsl).byId(unitId).orElse(null);
        if (unit == null) {
            throw new ValidationException(List.of(Problem.of("person.unit", "error.person.unitMissing")));
        }
        if (!unit.active()) {
            throw new ValidationException(List.of(Problem.of("person.unit", "error.person.unitInactive", unit.name())));
        }
    }

    /** The same ID number, or the same volunteer number, twice is refused, naming who already holds it. */
    private static void checkUnique(DSLContext dsl, PersonStore store, Person p) {
        store.byIdNumber(p.idNumber()).filter(existing -> !existing.id().equals(p.id())).ifPresent(existing -> {
            throw new ValidationException(List.of(Problem.of("person.idNumber", "error.person.duplicateId",
                    existing.name(), unitName(dsl, existing))));
        });
        if (p.volunteerNo() != null) {
            store.volunteerNoHolder(p.volunteerNo(), p.id()).ifPresent(existing -> {
                throw new ValidationException(List.of(volunteerNoTaken(p.volunteerNo(), existing,
                        unitName(dsl, existing))));
            });
        }
    }

    /**
     * The problem of a volunteer number that {@code holder} has already (the console's volunteer numbers are one
     * person's each: a roster, a certificate or an import finds the volunteer by it).
     */
    public static Problem volunteerNoTaken(String volunteerNo, Person holder, String holderUnit) {
        return Problem.of("person.volunteerNo", "error.person.duplicateVolunteerNo", volunteerNo, holder.name(),
                holderUnit);
    }

    private static String unitName(DSLContext dsl, Person p) {
        return new UnitStore(dsl).byId(p.unitId()).map(Unit::name).orElse("");
    }

    private static ConsoleException gone() {
        return new ConsoleException("error.person.gone");
    }
}
