package org.dianmifeng.console.aidcase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.account.AccountStore;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.AuditTexts;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Masking;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.core.Texts;
import org.jooq.DSLContext;

/**
 * Dream Room cases: referral, the lifecycle and the protection of the children's identity. Every role reads the
 * cases pseudonymised (code, age band, township, category, status, progress: never the village, see
 * {@link Masking}). Only a case officer
 * ({@link Permission#CASE_IDENTITY}) sees a child's identity, through {@link #reveal} with a reason, which is
 * logged like every identity export; the administrator reviews that log. Changes need {@link Permission#CASE_EDIT},
 * are checked, audited (texts use the case code, never identity) and saved in one transaction.
 */
public final class AidCaseService {
    public static final String AID_CASE = "AID_CASE";
    public static final String CHILD = "CHILD";
    public static final int REASON_MAX = 500;
    private final Database db;
    private final Audit audit;
    private final Clock clock;

    public AidCaseService(Database db, Audit audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the session may see and export children's identities (after a reveal with a reason). */
    public boolean maySeeIdentity(Session who) {
        return Masking.seesChildIdentity(who.role());
    }

    // ---------------------------------------------------------------- reading

    /** Every case, pseudonymised, for every role. */
    public List<CaseRow> list(Session who) {
        return db.read(dsl -> new AidCaseStore(dsl).rows(today(), false));
    }

    /** One case, pseudonymised. */
    public CaseRow get(Session who, long caseId) {
        return db.read(dsl -> new AidCaseStore(dsl).row(caseId, today(), false).orElseThrow(StaleDataException::new));
    }

    /** A case's lifecycle as it happened, oldest first. */
    public List<CaseEvent> history(Session who, long caseId) {
        return db.read(dsl -> new AidCaseStore(dsl).events(caseId));
    }

    /** The active case-officer accounts, for the officers of a case. */
    public List<Account> officers(Session who) {
        who.require(Permission.CASE_EDIT);
        return db.read(dsl -> new AccountStore(dsl).all().stream()
                .filter(a -> a.active() && a.role() == Role.CASE_OFFICER).toList());
    }

    // ---------------------------------------------------------------- identity

    /** A case with the child's identity, for a case officer giving a reason; the reveal is logged. */
    public CaseRow reveal(Session who, long caseId, String reason) {
        who.require(Permission.CASE_IDENTITY);
        String why = IdentityAccess.requireReason("case.revealReason", reason);
        return db.transaction(dsl -> {
            CaseRow row = new AidCaseStore(dsl).row(caseId, today(), true).orElseThrow(StaleDataException::new);
            log(dsl, who, IdentityAction.REVEAL, caseId, why);
            return row;
        });
    }

    /**
     * Logs an export of identities by a case officer giving a reason: of one case, or of a list for a null
     * {@code caseId}. Every screen, report or command that writes identities to a file calls this first.
     */
    public void logIdentityExport(Session who, Long caseId, String reason) {
        who.require(Permission.CASE_IDENTITY);
        String why = IdentityAccess.requireReason("case.exportReason", reason);
        db.transaction(dsl -> {
            if (caseId != null) {
                new AidCaseStore(dsl).byId(caseId).orElseThrow(StaleDataException::new);
            }
            log(dsl, who, IdentityAction.EXPORT, caseId, why);
            return null;
        });
    }

    /**
     * The cases {@code caseIds} with identity, for a case officer's identity export of the list; an EXPORT is
     * logged for each case that goes out, with the reason.
     */
    public List<CaseRow> identityExport(Session who, List<Long> caseIds, String reason) {
        who.require(Permission.CASE_IDENTITY);
        String why = IdentityAccess.requireReason("case.exportReason", reason);
        java.util.Set<Long> wanted = java.util.Set.copyOf(caseIds);
        return db.transaction(dsl -> {
            List<CaseRow> rows = new AidCaseStore(dsl).rows(today(), true).stream()
                    .filter(r -> wanted.contains(r.id())).toList();
            rows.forEach(r -> log(dsl, who, IdentityAction.EXPORT, r.id(), why));
            return rows;
        });
    }

    /**
     * The scanned guardian consent of a case's child, for a case officer giving a reason: it is identity, so
     * reading it is logged as an export. Refused when none was attached.
     */
    public byte[] consentDocument(Session who, long caseId, String reason) {
        who.require(Permission.CASE_IDENTITY);
        String why = IdentityAccess.requireReason("case.exportReason", reason);
        return db.transaction(dsl -> {
            AidCaseStore store = new AidCaseStore(dsl);
            AidCase aidCase = store.byId(caseId).orElseThrow(StaleDataException::new);
            byte[] document = store.consentDocument(aidCase.childId())
                    .orElseThrow(() -> new ConsoleException("error.case.noConsentDocument", aidCase.code()));
            log(dsl, who, IdentityAction.EXPORT, caseId, why);
            return document;
        });
    }

    /** The identity access log, newest first, for the administrator. */
    public List<IdentityAccess> identityLog(Session who, IdentityLogFilter filter) {
        who.require(Permission.IDENTITY_LOG_VIEW);
        return db.read(dsl -> new IdentityStore(dsl).find(filter));
    }

    private void log(DSLContext dsl, Session who, IdentityAction action, Long caseId, String reason) {
        new IdentityStore(dsl).insert(IdentityAccess.of(LocalDateTime.now(clock), who.username(), action, caseId, reason));
    }

    // ---------------------------------------------------------------- referral and edits

    /**
     * Opens a case for a referred child: the next code DR-{year of referral}-NNN, status REFERRED and a first
     * event. Returns the case pseudonymised.
     */
    public CaseRow refer(Session who, Child child, AidCase draft, List<Long> officerAccountIds) {
        who.require(Permission.CASE_EDIT);
        // a referral is typed with the child's identity, and a taken ID number names its case: officers only
        who.require(Permission.CASE_IDENTITY);
        Child c = child.cleaned().withId(null, null);
        AidCase a = draft.cleaned();
        Checks checks = c.check(a.referredOn(), today());
        mergeInto(checks, a.check(today()));
        checks.throwIfAny();
        List<Long> officers = List.copyOf(new LinkedHashSet<>(officerAccountIds));
        return db.transaction(dsl -> {
            AidCaseStore store = new AidCaseStore(dsl);
            checkIdNumber(store, c, null);
            checkOfficers(dsl, officers);
            Child savedChild = store.insertChild(c);
            int year = a.referredOn().getYear();
            String code = AidCase.code(year, store.lastSequence(year) + 1);
            AidCase saved = store.insertCase(new AidCase(null, code, savedChild.id(), a.referralSource(), a.referrer(),
                    a.referredOn(), a.unitId(), a.teamId(), AidCaseStatus.REFERRED, null, null));
            officers.forEach(o -> store.addOfficer(saved.id(), o));
            store.insertEvent(new CaseEvent(null, saved.id(), null, AidCaseStatus.REFERRED, a.referredOn(),
                    LocalDateTime.now(clock), who.username(), null));
            audit.record(dsl, who, AuditAction.CREATE, AID_CASE, saved.id(), code, null, saved);
            audit.record(dsl, who, AuditAction.CREATE, CHILD, savedChild.id(), code, null, savedChild);
            return store.row(saved.id(), today(), false).orElseThrow();
        });
    }

    /** Saves a case's referral, unit and team (not its code, child or status), keeping its officers. */
    public CaseRow updateCase(Session who, AidCase aidCase) {
        return updateCase(who, aidCase, null);
    }

    /** Saves a case's referral, unit and team and, unless null, replaces its officers. */
    public CaseRow updateCase(Session who, AidCase aidCase, List<Long> officerAccountIds) {
        who.require(Permission.CASE_EDIT);
        Objects.requireNonNull(aidCase.id(), "update needs a saved case");
        AidCase edited = aidCase.cleaned();
        edited.check(today()).throwIfAny();
        return db.transaction(dsl -> {
            AidCaseStore store = new AidCaseStore(dsl);
            AidCase before = store.byId(edited.id()).orElseThrow(StaleDataException::new);
            Child child = store.child(before.childId()).orElseThrow();
            if (child.isAdultOn(edited.referredOn())) {
                new Checks().add("case.referredOn", "error.case.child.adult", edited.referredOn().toString())
                        .throwIfAny();
            }
            AidCase saved = store.updateCase(before.withEdits(edited));
            if (officerAccountIds != null) {
                List<Long> officers = List.copyOf(new LinkedHashSet<>(officerAccountIds));
                checkOfficers(dsl, officers);
                store.setOfficers(saved.id(), officers);
            }
            audit.record(dsl, who, AuditAction.UPDATE, AID_CASE, saved.id(), saved.code(), before, saved);
            return store.row(saved.id(), today(), false).orElseThrow();
        });
    }

    /** A case officer's edit of a child's identity, read earlier through a reveal. Returns the child as saved. */
    public Child updateChild(Session who, Child child) {
        requireIdentityEdit(who);
        Objects.requireNonNull(child.id(), "update needs a saved child");
        Child c = child.cleaned();
        return db.transaction(dsl -> {
            AidCaseStore store = new AidCaseStore(dsl);
            Child before = store.child(c.id()).orElseThrow(StaleDataException::new);
            AidCase aidCase = store.caseOfChild(c.id()).orElseThrow(StaleDataException::new);
            c.check(aidCase.referredOn(), today()).throwIfAny();
            checkIdNumber(store, c, aidCase.id());
            Child saved = store.updateChild(c.withConsentDocName(before.consentDocName()));
            audit.record(dsl, who, AuditAction.UPDATE, CHILD, saved.id(), aidCase.code(), before, saved);
            return saved;
        });
    }

    /**
     * Stores the scanned consent document of a case's child (a case officer's act): a PDF, JPG or PNG of at most
     * {@link CasePhoto#BYTES_MAX} bytes.
     */
    public void attachConsentDocument(Session who, long caseId, String fileName, byte[] content) {
        requireIdentityEdit(who);
        String name = Texts.clean(fileName);
        Checks checks = new Checks().text("child.consentDocName", name, Child.DOC_NAME_MAX);
        if (name != null && !Child.isConsentDocumentType(name)) {
            checks.add("child.consentDocName", "error.case.documentType", name);
        } else if (content == null || content.length == 0) {
            checks.add("child.consentDocName", "error.case.emptyDocument");
        } else if (content.length > CasePhoto.BYTES_MAX) {
            checks.add("child.consentDocName", "error.case.documentTooLarge", CasePhoto.BYTES_MAX / (1024 * 1024));
        }
        checks.throwIfAny();
        db.transaction(dsl -> {
            AidCaseStore store = new AidCaseStore(dsl);
            AidCase aidCase = store.byId(caseId).orElseThrow(StaleDataException::new);
            Child before = store.child(aidCase.childId()).orElseThrow();
            store.setConsentDocument(before.id(), name, content);
            Child after = store.child(before.id()).orElseThrow();
            audit.record(dsl, who, AuditAction.UPDATE, CHILD, before.id(), aidCase.code(), before, after);
            return null;
        });
    }

    private static void requireIdentityEdit(Session who) {
        who.require(Permission.CASE_IDENTITY);
        who.require(Permission.CASE_EDIT);
    }

    /** One case per child: an ID number already on another case is refused, naming that case's code. */
    private static void checkIdNumber(AidCaseStore store, Child c, Long ownCaseId) {
        if (c.idNumber() == null) {
            return;
        }
        store.caseByIdNumber(c.idNumber()).filter(other -> !other.id().equals(ownCaseId))
                .ifPresent(other -> new Checks().add("child.idNumber", "error.case.child.idTaken", other.code())
                        .throwIfAny());
    }

    private static void checkOfficers(DSLContext dsl, List<Long> officers) {
        AccountStore accounts = new AccountStore(dsl);
        for (Long id : officers) {
            Account a = accounts.byId(id).orElseThrow(StaleDataException::new);
            if (!a.active() || a.role() != Role.CASE_OFFICER) {
                new Checks().add("case.officers", "error.case.notOfficer", a.username()).throwIfAny();
            }
        }
    }

    private static void mergeInto(Checks into, Checks from) {
        try {
            from.throwIfAny();
        } catch (org.dianmifeng.console.core.ValidationException e) {
            e.problems().forEach(p -> into.add(p.field(), p.key(), p.args().toArray()));
        }
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Refuses, on the field {@code case.moveTarget}, a move to {@code target} for which the case lacks the work the
     * step stands for ({@link AidCaseStatus#prerequisites}): the move form says so as soon as the target is chosen.
     * {@link #move} checks the same.
     */
    public void checkPrerequisites(Session who, long caseId, AidCaseStatus target) {
        who.require(Permission.CASE_EDIT);
        db.read(dsl -> {
            prerequisites(dsl, new AidCaseStore(dsl).byId(caseId).orElseThrow(StaleDataException::new), target)
                    .throwIfAny();
            return null;
        });
    }

    private static Checks prerequisites(DSLContext dsl, AidCase c, AidCaseStatus target) {
        CaseWorkStore work = new CaseWorkStore(dsl);
        return target.prerequisites(c.code(), work.visits(c.id()).size(), work.items(c.id()).stream()
                .filter(i -> i.status() == ItemStatus.PLANNED).map(RenovationItem::description).toList());
    }

    /**
     * Moves a case to {@code target} on {@code date}: only the allowed transitions, a reason where the move needs
     * one, the work a step stands for on record ({@link AidCaseStatus#prerequisites}), approval only with the
     * guardian's consent on record, closing only without open follow-ups. Writes an
     * event; moving to HANDED_OVER sets the hand-over date.
     */
    public CaseRow move(Session who, long caseId, AidCaseStatus target, LocalDate date, String reason) {
        who.require(Permission.CASE_EDIT);
        String why = Texts.clean(reason);
        return db.transaction(dsl -> {
            AidCaseStore store = new AidCaseStore(dsl);
            AidCase before = store.byId(caseId).orElseThrow(StaleDataException::new);
            AidCaseStatus from = before.status();
            Checks checks = new Checks().required("case.moveTarget", target).required("case.moveDate", date)
                    .maxLength("case.moveReason", why, REASON_MAX);
            if (date != null && date.isAfter(today())) {
                checks.add("case.moveDate", "error.case.inFuture");
            }
            if (date != null && date.isBefore(before.referredOn())) {
                checks.add("case.moveDate", "error.case.beforeReferral", before.referredOn().toString());
            }
            if (target != null && from.needsReason(target) && why == null) {
                checks.add("case.moveReason", "error.case.reasonNeeded", from, target);
            }
            List<CaseEvent> events = store.events(caseId);
            CaseEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
            if (date != null && last != null && date.isBefore(last.onDate())) {
                checks.add("case.moveDate", "error.case.beforeLastStep", last.onDate().toString());
            }
            checks.throwIfAny();
            if (!from.canMoveTo(target)) {
                throw new ConsoleException("error.case.moveNotAllowed", before.code(), from, target);
            }
            if (!AidCaseStatus.allowedAfter(events).contains(target)) {
                // a held case resumes where it stopped, so it cannot skip a visit, a consent or an approval
                throw new ConsoleException("error.case.resumeWhereLeft", before.code(), last.from());
            }
            prerequisites(dsl, before, target).throwIfAny();
            CaseWorkStore work = new CaseWorkStore(dsl);
            if (target == AidCaseStatus.APPROVED && !store.child(before.childId()).orElseThrow().hasConsent()) {
                throw new ConsoleException("error.case.noConsent", before.code());
            }
            if (target == AidCaseStatus.CLOSED) {
                int open = work.openFollowUps(caseId);
                if (open > 0) {
                    throw new ConsoleException("error.case.openFollowUps", before.code(), open);
                }
            }
            AidCase saved = store.updateCase(before.withStatus(target,
                    target == AidCaseStatus.HANDED_OVER ? date : before.handedOverOn()));
            store.insertEvent(new CaseEvent(null, caseId, from, target, date, LocalDateTime.now(clock), who.username(),
                    why));
            audit.record(dsl, who, AuditAction.UPDATE, AID_CASE, caseId,
                    before.code() + " " + AuditTexts.stored(from) + " → " + AuditTexts.stored(target),
                    before, saved);
            return store.row(caseId, today(), false).orElseThrow();
        });
    }
}
