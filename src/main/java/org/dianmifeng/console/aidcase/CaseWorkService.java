package org.dianmifeng.console.aidcase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
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

/**
 * The work on one aid case: site visits, pairings, the renovation plan and its budget, before/after photos
 * and follow-ups. Changes need {@link Permission#CASE_EDIT}; every signed-in role reads, except photos:
 * they are identity data of the child, shown only to case officers ({@link Permission#CASE_IDENTITY})
 * with a reason, each showing logged in IDENTITY_ACCESS. Every change is checked, audited (texts name the
 * case code, never the child) and saved in one transaction.
 */
public final class CaseWorkService {
    static final String VISIT_ENTITY = "SITE_VISIT";
    static final String PAIRING_ENTITY = "PAIRING";
    static final String ITEM_ENTITY = "RENOVATION_ITEM";
    static final String PHOTO_ENTITY = "CASE_PHOTO";
    static final String FOLLOW_UP_ENTITY = "FOLLOW_UP";
    /** The statuses in which the renovation plan may change. */
    public static final Set<AidCaseStatus> ITEMS_OPEN = EnumSet.of(AidCaseStatus.APPROVED, AidCaseStatus.RENOVATING);

    private final Database db;
    private final Audit audit;
    private final Clock clock;

    public CaseWorkService(Database db, Audit audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The code and status of a case. */
    public CaseWorkStore.CaseLine caseLine(Session who, long caseId) {
        return db.read(dsl -> requireCase(new CaseWorkStore(dsl), caseId));
    }

    private static CaseWorkStore.CaseLine requireCase(CaseWorkStore store, Long caseId) {
        if (caseId == null) {
            throw new StaleDataException();
        }
        return store.caseLine(caseId).orElseThrow(StaleDataException::new);
    }

    // ---- site visits -----------------------------------------------------------------------------

    public List<SiteVisit> visits(Session who, long caseId) {
        return db.read(dsl -> new CaseWorkStore(dsl).visits(caseId));
    }

    public SiteVisit addVisit(Session who, SiteVisit visit) {
        who.require(Permission.CASE_EDIT);
        SiteVisit v = cleaned(visit, null, null);
        v.check(today()).throwIfAny();
        return db.transaction(dsl -> {
            CaseWorkStore store = new CaseWorkStore(dsl);
            CaseWorkStore.CaseLine c = requireCase(store, v.caseId());
            SiteVisit saved = store.insertVisit(v);
            audit.record(dsl, who, AuditAction.CREATE, VISIT_ENTITY, saved.id(), c.code() + " / " + saved.visitedOn(),
                    null, saved);
            return saved;
        });
    }

    /** Saves a visit read earlier; refused if someone changed it since. The visit stays with its case. */
    public SiteVisit updateVisit(Session who, SiteVisit visit) {
        who.require(Permission.CASE_EDIT);
        if (visit.id() == null) {
            throw new StaleDataException();
        }
        return db.transaction(dsl -> {
            CaseWorkStore store = new CaseWorkStore(dsl);
            SiteVisit before = store.visit(visit.id()).orElseThrow(StaleDataException::new);
            SiteVisit v = cleaned(visit, before.caseId(), visit.version());
            v.check(today()).throwIfAny();
            CaseWorkStore.CaseLine c = requireCase(store, before.caseId());
            SiteVisit saved = store.updateVisit(v);
            audit.record(dsl, who, AuditAction.UPDATE, VISIT_ENTITY, saved.id(), c.code() + " / " + saved.visitedOn(),
                    before, saved);
            return saved;
        });
    }

    public void deleteVisit(Session who, SiteVisit visit) {
        who.require(Permission.CASE_EDIT);
        db.transaction(dsl -> {
            CaseWorkStore store = new CaseWorkStore(dsl);
            SiteVisit before = store.visit(visit.id()).orElseThrow(StaleDataException::new);
            CaseWorkStore.CaseLine c = requireCase(store, before.caseId());
            store.deleteVisit(visit);
            audit.record(dsl, who, AuditAction.DELETE, VISIT_ENTITY, before.id(), c.code() + " / " + before.visitedOn(),
                    before, null);
            return null;
        });
    }

    private static SiteVisit cleaned(SiteVisit v, Long caseId, Integer version) {
        return new SiteVisit(v.id(), caseId != null ? caseId : v.caseId(), v.visitedOn(), v.visitors(),
                Texts.clean(v.officials()), Texts.clean(v.findings()), Texts.clean(v.needs()), version);
    }

    // ---- pairings --------------------------------------------------------------------------------

    public List<Pairing> pairings(Session who, long caseId) {
        return db.read(dsl -> new CaseWorkStore(dsl).pairings(caseId));
    }

    /** Pairs a person with the child; refused if the person is already paired with this child in that period. */
    public Pairing addPairing(Session who, Pairing pairing) {
        who.require(Permission.CASE_EDIT);
        Pairing p = new Pairing(null, pairing.caseId(), pairing.person(), pairing.fromOn(), pairing.toOn(), null);
        p.check().throwIfAny();
        return db.transaction(dsl -> {
            CaseWorkStore store = new CaseWorkStore(dsl);
            CaseWorkStore.CaseLine c = requireCase(store, p.caseId());
            PersonRef person = store.person(p.person().id()).orElseThrow(StaleDataException::new);
            requireNotPaired(store, c, person, p);
            Pairing saved = store.insertPairing(new Pairing(null, p.caseId(), person, p.fromOn(), p.toOn(), null));
            audit.record(dsl, who, AuditAction.CREATE, PAIRING_ENTITY, saved.id(),
                    c.code() + " / " + person.name() + " / " + saved.fromOn(), null, saved);
            return saved;
        });
    }

    /** Ends a pairing read earlier on {@code endOn} (not before its start). */
    public Pairing endPairing(Session who, Pairing pairing, LocalDate endOn) {
        who.require(Permission.CASE_EDIT);
        new Checks().required("casework.pairing.toOn", endOn).throwIfAny();
        return db.transaction(dsl -> {
            CaseWorkStore store = new CaseWorkStore(dsl);
            Pairing before = store.pairing(pairing.id()).orElseThrow(StaleDataException::new);
            Pairing ended = new Pairing(before.id(), before.caseId(), before.person(), before.fromOn(), endOn,
                    pairing.version());
            ended.check().throwIfAny();
            CaseWorkStore.CaseLine c = requireCase(store, before.caseId());
            Pairing saved = store.updatePairing(ended);
            audit.record(dsl, who, AuditAction.UPDATE, PAIRING_ENTITY, saved.id(),
                    c.code() + " / " + saved.person().name() + " / " + saved.fromOn() + " – " + saved.toOn(), before, saved);
            return saved;
        });
    }

    public void deletePairing(Session who, Pairing pairing) {
        who.require(Permission.CASE_EDIT);
        db.transaction(dsl -> {
            CaseWorkStore store = new CaseWorkStore(dsl);
            Pairing before = store.pairing(pairing.id()).orElseThrow(StaleDataException::new);
            CaseWorkStore.CaseLine c = requireCase(store, before.caseId());
            store.deletePairing(pairing);
            audit.record(dsl, who, AuditAction.DELETE, PAIRING_ENTITY, before.id(),
                    c.code() + " / " + before.person().name(), before, null);
            return null;
        });
    }

    private static void requireNotPaired(CaseWorkStore store, CaseWorkStore.CaseLine c, PersonRef person, Pairing p) {
        boolean twice = store.pairings(c.id()).stream()
                .anyMatch(o -> o.person().id() == person.id() && o.overlaps(p.fromOn(), p.toOn()));
        if (twice) {
            throw new ConsoleException("error.casework.pairedTwice", person.name(), c.code());
        }
    }

    // ---- renovation ------------------------------------------------------------------------------

    public List<RenovationItem> items(Session who, long caseId) {
        return db.read(dsl -> new CaseWorkStore(dsl).items(caseId));
    }

    /** Planned (Σ quantity × unit price), actual and their difference for the case. */
    public RenovationBudget budget(Session who, long caseId) {
        return RenovationBudget.of(items(who, caseId));
    }

    /** Adds an item; only while the case is approved or renovating. */
    public RenovationItem addItem(Session who, RenovationItem item) {
        who.require(Permission.CASE_EDIT);
        RenovationItem i = cleaned(item, item.caseId(), null);
        i.check().throwIfAny();
        return db.transaction(dsl -> {
            CaseWorkStore store = new CaseWorkStore(dsl);
            CaseWorkStore.CaseLine c = requireItemsOpen(store, i.caseId());
            RenovationItem saved = store.insertItem(i);
            audit.record(dsl, who, AuditAction.CREATE, ITEM_ENTITY, saved.id(), c.code() + " / " + saved.description(),
                    null, saved);
            return saved;
        });
    }

    public RenovationItem updateItem(Session who, RenovationItem item) {
        who.require(Permission.CASE_EDIT);
        if (item.id() == null) {
            throw new StaleDataException();
        }
        return db.transaction(dsl -> {
            CaseWorkStore store = new CaseWorkStore(dsl);
            RenovationItem before = store.item(item.id()).orElseThrow(StaleDataException::new);
            RenovationItem i = cleaned(item, before.caseId(), item.version());
            i.check().throwIfAny();
            CaseWorkStore.CaseLine c = requireItemsOpen(store, before.caseId());
            RenovationItem saved = store.updateItem(i);
            audit.record(dsl, who, AuditAction.UPDATE, ITEM_ENTITY, saved.id(), c.code() + " / " + saved.description(),
                    before, saved);
            return saved;
        });
    }

    public void deleteItem(Session who, RenovationItem item) {
        who.require(Permission.CASE_EDIT);
        db.transaction(dsl -> {
            CaseWorkStore store = new CaseWorkStore(dsl);
            RenovationItem before = store.item(item.id()).orElseThrow(StaleDataException::new);
            CaseWorkStore.CaseLine c = requireItemsOpen(store, before.caseId());
            store.deleteItem(item);
            audit.record(dsl, who, AuditAction.DELETE, ITEM_ENTITY, before.id(), c.code() + " / " + before.description(),
                    before, null);
            return null;
        });
    }

    /** Follow-ups of a closed or rejected case stay as they were: reopen the case first. */
    private static CaseWorkStore.CaseLine requireFollowUpsOpen(CaseWorkStore store, Long caseId) {
        CaseWorkStore.CaseLine c = requireCase(store, caseId);
        if (c.status() == AidCaseStatus.CLOSED || c.status() == AidCaseStatus.REJECTED) {
            throw new ConsoleException("error.casework.followUpsLocked", c.code(), c.status());
        }
        return c;
    }

    /** A follow-up follows the hand-over: one due before the case's hand-over date is refused. */
    private static void requireDueAfterHandOver(CaseWorkStore.CaseLine c, FollowUp f) {
        if (c.handedOverOn() != null && f.dueOn().isBefore(c.handedOverOn())) {
            new Checks().add("casework.followUp.dueOn", "error.casework.dueBeforeHandOver", c.code(),
                    c.handedOverOn().toString()).throwIfAny();
        }
    }

    private static CaseWorkStore.CaseLine requireItemsOpen(CaseWorkStore store, Long caseId) {
        CaseWorkStore.CaseLine c = requireCase(store, caseId);
        if (!ITEMS_OPEN.contains(c.status())) {
            throw new ConsoleException("error.casework.itemsLocked", c.code(), c.status());
        }
        return c;
    }

    private static RenovationItem cleaned(RenovationItem i, Long caseId, Integer version) {
        return new RenovationItem(i.id(), caseId, i.category(), Texts.clean(i.description()), i.quantity(),
                i.unitPrice(), i.actualCost(), Texts.clean(i.supplier()), i.status(), version);
    }

    // ---- photos ----------------------------------------------------------------------------------

    /**
     * The photos of a case, for a case officer only, with a reason: the showing is logged in IDENTITY_ACCESS
     * (REVEAL) with that reason, in the same transaction.
     */
    public List<CasePhoto> photos(Session who, long caseId, String reason) {
        who.require(Permission.CASE_IDENTITY);
        String r = IdentityAccess.requireReason("casework.photo.reason", reason);
        return db.transaction(dsl -> {
            CaseWorkStore store = new CaseWorkStore(dsl);
            requireCase(store, caseId);
            new IdentityStore(dsl).insert(IdentityAccess.of(LocalDateTime.now(clock), who.username(),
                    IdentityAction.REVEAL, caseId, r));
            return store.photos(caseId);
        });
    }

    /** Adds a photo: a case officer only (photos are identity data). */
    public CasePhoto addPhoto(Session who, CasePhoto photo) {
        who.require(Permission.CASE_IDENTITY);
        who.require(Permission.CASE_EDIT);
        CasePhoto p = new CasePhoto(null, photo.caseId(), photo.kind(), Texts.clean(photo.fileName()), photo.bytes(),
                photo.takenOn(), Texts.clean(photo.caption()), null);
        p.check(today()).throwIfAny();
        return db.transaction(dsl -> {
            CaseWorkStore store = new CaseWorkStore(dsl);
            CaseWorkStore.CaseLine c = requireCase(store, p.caseId());
            CasePhoto saved = store.insertPhoto(p);
            audit.record(dsl, who, AuditAction.CREATE, PHOTO_ENTITY, saved.id(),
                    c.code() + " / " + saved.kind(), null, saved);
            return saved;
        });
    }

    // ---- follow-ups ------------------------------------------------------------------------------

    public List<FollowUp> followUps(Session who, long caseId) {
        return db.read(dsl -> new CaseWorkStore(dsl).followUps(caseId));
    }

    /** How many follow-ups of the case are still open (neither done nor cancelled). */
    public int openFollowUps(Session who, long caseId) {
        return db.read(dsl -> new CaseWorkStore(dsl).openFollowUps(caseId));
    }

    /**
     * The open follow-ups of all cases that are overdue or due within the week, by due date then case
     * code, with the case code only: for the main window and the case list.
     */
    public List<DueFollowUp> dueSoon(Session who) {
        LocalDate today = today();
        return db.read(dsl -> new CaseWorkStore(dsl).openDueBy(today.plusDays(FollowUp.WEEK_DAYS)).stream()
                .map(e -> new DueFollowUp(e.getKey().id(), e.getKey().caseId(), e.getValue(), e.getKey().activity(),
                        e.getKey().dueOn(), e.getKey().state(today)))
                .toList());
    }

    /** Plans a follow-up: an activity with its due date (not before the hand-over), open. */
    public FollowUp plan(Session who, FollowUp followUp) {
        who.require(Permission.CASE_EDIT);
        FollowUp f = new FollowUp(null, followUp.caseId(), Texts.clean(followUp.activity()), followUp.dueOn(), null,
                Texts.clean(followUp.participants()), Texts.clean(followUp.notes()), null, null);
        f.check(today()).throwIfAny();
        return db.transaction(dsl -> {
            CaseWorkStore store = new CaseWorkStore(dsl);
            CaseWorkStore.CaseLine c = requireFollowUpsOpen(store, f.caseId());
            requireDueAfterHandOver(c, f);
            FollowUp saved = store.insertFollowUp(f);
            audit.record(dsl, who, AuditAction.CREATE, FOLLOW_UP_ENTITY, saved.id(), summary(c, saved), null, saved);
            return saved;
        });
    }

    /** Changes the activity, due date, participants and notes of a follow-up read earlier. */
    public FollowUp update(Session who, FollowUp followUp) {
        who.require(Permission.CASE_EDIT);
        return change(who, followUp, before -> new FollowUp(before.id(), before.caseId(),
                Texts.clean(followUp.activity()), followUp.dueOn(), before.doneOn(), Texts.clean(followUp.participants()),
                Texts.clean(followUp.notes()), before.cancelledReason(), followUp.version()));
    }

    /** Marks a follow-up read earlier done on {@code doneOn} (not in the future) with participants and notes. */
    public FollowUp markDone(Session who, FollowUp followUp, LocalDate doneOn, String participants, String notes) {
        who.require(Permission.CASE_EDIT);
        new Checks().required("casework.followUp.doneOn", doneOn).throwIfAny();
        return change(who, followUp, before -> {
            if (before.cancelledReason() != null) {
                throw new ConsoleException("error.casework.followUpCancelled", before.activity());
            }
            return new FollowUp(before.id(), before.caseId(), before.activity(), before.dueOn(), doneOn,
                    Texts.clean(participants), Texts.clean(notes), null, followUp.version());
        });
    }

    /** Cancels an open follow-up read earlier; a reason is required. */
    public FollowUp cancel(Session who, FollowUp followUp, String reason) {
        who.require(Permission.CASE_EDIT);
        String r = Texts.clean(reason);
        new Checks().text("casework.followUp.cancelledReason", r, FollowUp.REASON_MAX).throwIfAny();
        return change(who, followUp, before -> {
            if (before.doneOn() != null) {
                throw new ConsoleException("error.casework.followUpDone", before.activity(), before.doneOn());
            }
            return new FollowUp(before.id(), before.caseId(), before.activity(), before.dueOn(), null,
                    before.participants(), before.notes(), r, followUp.version());
        });
    }

    private FollowUp change(Session who, FollowUp followUp, java.util.function.UnaryOperator<FollowUp> edit) {
        if (followUp.id() == null) {
            throw new StaleDataException();
        }
        return db.transaction(dsl -> {
            CaseWorkStore store = new CaseWorkStore(dsl);
            FollowUp before = store.followUp(followUp.id()).orElseThrow(StaleDataException::new);
            FollowUp f = edit.apply(before);
            f.check(today()).throwIfAny();
            CaseWorkStore.CaseLine c = requireFollowUpsOpen(store, before.caseId());
            if (!f.dueOn().equals(before.dueOn())) {
                requireDueAfterHandOver(c, f);
            }
            FollowUp saved = store.updateFollowUp(f);
            audit.record(dsl, who, AuditAction.UPDATE, FOLLOW_UP_ENTITY, saved.id(), summary(c, saved), before, saved);
            return saved;
        });
    }

    private static String summary(CaseWorkStore.CaseLine c, FollowUp f) {
        return c.code() + " / " + f.activity() + " / " + f.dueOn();
    }
}
