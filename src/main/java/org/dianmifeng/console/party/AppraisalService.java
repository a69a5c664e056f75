package org.dianmifeng.console.party;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.jooq.DSLContext;

/**
 * The annual democratic appraisal (民主评议党员): appraisals started for a work-unit branch, evaluated by
 * the work-unit and the community branch, proposed by the grade rules, and confirmed or returned by the
 * secretary of the work-unit branch. A confirmed appraisal is locked; only the administrator changes its
 * grade, with a reason. Every change is checked, audited and saved in one transaction, guarded by VERSION.
 */
public final class AppraisalService {
    static final String ENTITY = "APPRAISAL";
    private final Database db;
    private final Audit audit;
    private final Clock clock;
    private final PartySettings settings;

    public AppraisalService(Database db, Audit audit, Clock clock, PartySettings settings) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** The year of today by the service's clock: the board opens on it. */
    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    public AppraisalRules rules() {
        return settings.rules();
    }

    /** Which members and branches the session may see and act on. */
    public PartyScope scope(Session who) {
        return db.read(dsl -> new PartyScopeStore(dsl, today()).scope(who));
    }

    // ---- reads ----

    /** The appraisals of a work-unit branch and year that the session's scope covers, by member name. */
    public List<AppraisalRow> rows(Session who, long branchId, int year) {
        return db.read(dsl -> new AppraisalStore(dsl).rows(new PartyScopeStore(dsl, today()).scope(who), branchId, year));
    }

    /** The work-unit branches the session reviews: a secretary's own (or those of their community's members), else all. */
    public List<AppraisalBranch> workUnitBranches(Session who) {
        return db.read(dsl -> {
            PartyScope scope = new PartyScopeStore(dsl, today()).scope(who);
            AppraisalStore store = new AppraisalStore(dsl);
            if (scope.isAll()) {
                return store.workUnitBranches();
            }
            if (scope.kind() == BranchKind.WORK_UNIT) {
                return store.branch(scope.branchId()).stream().toList();
            }
            return store.workUnitBranchesOf(scope);
        });
    }

    /**
     * The community branches that may give the community evaluation of an appraisal: those of the
     * communities where the member was enrolled during the year; for a secretary, only their own branch.
     */
    public List<AppraisalBranch> communityBranchesFor(Session who, long appraisalId) {
        return db.read(dsl -> {
            AppraisalStore store = new AppraisalStore(dsl);
            Appraisal a = store.byId(appraisalId).orElseThrow(StaleDataException::new);
            PartyScope scope = new PartyScopeStore(dsl, today()).scope(who);
            return store.communityBranchesFor(a.memberId(), a.year()).stream()
                    .filter(b -> scope.coversCommunityBranch(b.id())).toList();
        });
    }

    /**
     * How many rows stand at each grade in use, best first: the confirmed grade of a confirmed appraisal,
     * the proposed grade of a proposed one; other rows have no grade yet and are not counted.
     */
    public Map<Grade, Long> distribution(List<AppraisalRow> rows) {
        return distribution(rules(), rows);
    }

    /** {@link #distribution(List)} by the given rules, without reading them: the board counts the rows it shows. */
    public static Map<Grade, Long> distribution(AppraisalRules rules, List<AppraisalRow> rows) {
        Map<Grade, Long> out = new EnumMap<>(Grade.class);
        rules.grades().forEach(g -> out.put(g, 0L));
        for (AppraisalRow r : rows) {
            Grade g = r.status() == AppraisalStatus.CONFIRMED ? r.grade()
                    : r.status() == AppraisalStatus.PROPOSED ? r.proposedGrade() : null;
            if (g != null) {
                out.merge(g, 1L, Long::sum);
            }
        }
        return out;
    }

    // ---- changes ----

    /** Creates a draft appraisal for every member of a work-unit branch who has none for the year; returns how many. */
    public int start(Session who, long branchId, int year) {
        who.require(Permission.APPRAISAL_EVALUATE);
        return db.transaction(dsl -> {
            AppraisalStore store = new AppraisalStore(dsl);
            requireWorkUnitBranch(dsl, who, store, branchId);
            int created = 0;
            for (long memberId : store.membersWithout(branchId, year)) {
                Appraisal saved = store.insert(Appraisal.draft(memberId, branchId, year));
                audit.record(dsl, who, AuditAction.CREATE, ENTITY, saved.id(), summary(store, saved), null, saved);
                created++;
            }
            return created;
        });
    }

    public Appraisal saveSelfReview(Session who, long id, int version, String text) {
        return change(who, Permission.APPRAISAL_EVALUATE, id, version, (dsl, store, a) -> selfReview(dsl, who, store, a, text));
    }

    /** The work-unit evaluation: a score 0–100 with one decimal and a comment; a secretary only for their own branch. */
    public Appraisal evaluateUnit(Session who, long id, int version, BigDecimal score, String comment) {
        return change(who, Permission.APPRAISAL_EVALUATE, id, version,
                (dsl, store, a) -> scored(dsl, store, unit(dsl, who, store, a, score, comment)));
    }

    /**
     * The community evaluation, given as {@code communityBranchId}: refused unless it is the branch of a
     * community where the member was enrolled during the year; a secretary only as that branch.
     */
    public Appraisal evaluateCommunity(Session who, long id, int version, long communityBranchId, BigDecimal score,
                                       String comment) {
        return change(who, Permission.APPRAISAL_EVALUATE, id, version,
                (dsl, store, a) -> scored(dsl, store, community(dsl, who, store, a, communityBranchId, score, comment)));
    }

    /** Applies the parts of the form that differ from the saved appraisal, each by its own rules, in one transaction. */
    public Appraisal evaluate(Session who, long id, int version, AppraisalEvaluation e) {
        return change(who, Permission.APPRAISAL_EVALUATE, id, version, (dsl, store, a) -> {
            Appraisal next = a;
            if (!Objects.equals(Texts.clean(e.selfReview()), a.selfReview())) {
                next = selfReview(dsl, who, store, next, e.selfReview());
            }
            // saving the form of a returned appraisal evaluates it again, even with the same scores
            boolean rescore = a.status() == AppraisalStatus.RETURNED;
            if (!sameScore(e.unitScore(), a.unitScore()) || !Objects.equals(Texts.clean(e.unitComment()), a.unitComment())) {
                next = unit(dsl, who, store, next, e.unitScore(), e.unitComment());
                rescore = true;
            }
            if (e.communityBranchId() != null && (!Objects.equals(e.communityBranchId(), a.communityBranchId())
                    || !sameScore(e.communityScore(), a.communityScore())
                    || !Objects.equals(Texts.clean(e.communityComment()), a.communityComment()))) {
                next = community(dsl, who, store, next, e.communityBranchId(), e.communityScore(), e.communityComment());
                rescore = true;
            } else if (e.communityBranchId() == null && e.communityScore() != null) {
                new Checks().add("appraisal.communityBranch", "error.required").throwIfAny();
            }
            return rescore ? scored(dsl, store, next) : next;
        });
    }

    /** Proposes grades for the evaluated and proposed appraisals of a work-unit branch and year; returns how many. */
    public int propose(Session who, long branchId, int year) {
        who.require(Permission.APPRAISAL_EVALUATE);
        return db.transaction(dsl -> {
            AppraisalStore store = new AppraisalStore(dsl);
            requireWorkUnitBranch(dsl, who, store, branchId);
            AppraisalRules rules = PartySettings.rules(dsl);
            List<Appraisal> all = store.branchYear(branchId, year);
            Set<Long> reported = store.reportedBy(all.stream().map(Appraisal::memberId).toList(), year);
            // the candidates' combined scores by the weights in force now, not those of when they were evaluated
            Map<Long, BigDecimal> combined = new HashMap<>();
            all.stream().filter(a -> a.status().canMoveTo(AppraisalStatus.PROPOSED))
                    .forEach(a -> combined.put(a.id(), combined(rules, a)));
            List<GradeProposer.Entry> entries = all.stream().map(a -> new GradeProposer.Entry(a.id(), a.status(),
                    combined.getOrDefault(a.id(), a.combinedScore()), reported.contains(a.memberId()), a.grade()))
                    .toList();
            int count = 0;
            for (GradeProposer.Proposal p : GradeProposer.propose(rules, entries)) {
                Appraisal before = all.stream().filter(a -> a.id() == p.id()).findFirst().orElseThrow();
                Appraisal saved = store.update(before.withResult(combined.get(p.id()), p.scoreGrade(), p.proposed(),
                        p.ruleNotes(), AppraisalStatus.PROPOSED));
                audit.record(dsl, who, AuditAction.UPDATE, ENTITY, saved.id(), summary(store, saved), before, saved);
                count++;
            }
            return count;
        });
    }

    /**
     * Confirms proposed appraisals, as the board showed them, with their proposed grade, all or none:
     * refused, naming the member, if one changed since it was shown, is not proposed, is not the
     * secretary's, has a grade no longer in use, or is proposed 不合格 without a reason (when that rule
     * is on; every such member is named). A confirmed appraisal is locked.
     */
    public List<Appraisal> confirm(Session who, List<AppraisalRow> shown) {
        who.require(Permission.APPRAISAL_CONFIRM);
        return db.transaction(dsl -> {
            AppraisalStore store = new AppraisalStore(dsl);
            PartyScope scope = new PartyScopeStore(dsl, today()).scope(who);
            AppraisalRules rules = PartySettings.rules(dsl);
            List<Appraisal> found = new ArrayList<>();
            List<String> withoutReason = new ArrayList<>();
            for (AppraisalRow row : shown) {
                Appraisal a = store.byId(row.id()).orElseThrow(StaleDataException::new);
                String name = name(store, a);
                requireWorkUnit(scope, a, name);
                requireNotLocked(a, name);
                if (a.version().intValue() != row.version()) {
                    throw new ConsoleException("error.appraisal.changedSinceShown", name);
                }
                if (!a.status().canMoveTo(AppraisalStatus.CONFIRMED)) {
                    throw new ConsoleException("error.appraisal.notProposed", name);
                }
                if (!rules.grades().contains(a.proposedGrade())) {
                    throw new ConsoleException("error.appraisal.proposalOutdated", name, a.proposedGrade());
                }
                if (rules.reasonMissing(a.proposedGrade(), a.gradeReason())) {
                    withoutReason.add(name);
                }
                found.add(a);
            }
            if (!withoutReason.isEmpty()) {
                throw new ConsoleException("error.appraisal.reasonMissing", List.copyOf(withoutReason));
            }
            LocalDateTime now = LocalDateTime.now(clock);
            List<Appraisal> out = new ArrayList<>();
            for (Appraisal a : found) {
                Appraisal saved = store.update(a.withConfirmed(a.proposedGrade(), who.username(), now));
                audit.record(dsl, who, AuditAction.UPDATE, ENTITY, saved.id(), summary(store, saved), a, saved);
                out.add(saved);
            }
            return out;
        });
    }

    /** The written reason of the grade (needed for 不合格); a secretary only for their own branch. */
    public Appraisal setReason(Session who, long id, int version, String text) {
        return change(who, Permission.APPRAISAL_CONFIRM, id, version, (dsl, store, a) -> {
            requireWorkUnit(dsl, who, store, a);
            return a.withReason(Texts.clean(text));
        });
    }

    /** Returns a proposal to be evaluated again, with a comment saying why (required). */
    public Appraisal returnProposal(Session who, long id, int version, String comment) {
        who.require(Permission.APPRAISAL_CONFIRM);
        new Checks().required("appraisal.returnComment", comment).throwIfAny();
        return change(who, Permission.APPRAISAL_CONFIRM, id, version, (dsl, store, a) -> {
            String name = requireWorkUnit(dsl, who, store, a);
            if (!a.status().canMoveTo(AppraisalStatus.RETURNED)) {
                throw new ConsoleException("error.appraisal.notProposed", name);
            }
            return a.withReturned(Texts.clean(comment));
        });
    }

    /** The administrator changes a confirmed grade; the reason is required and kept as the grade's reason. */
    public Appraisal changeConfirmedGrade(Session who, long id, int version, Grade grade, String reason) {
        who.require(Permission.APPRAISAL_OVERRIDE);
        new Checks().required("appraisal.grade", grade).required("appraisal.gradeReason", reason).throwIfAny();
        return db.transaction(dsl -> {
            AppraisalStore store = new AppraisalStore(dsl);
            Appraisal before = current(store, id, version);
            String name = name(store, before);
            if (before.status() != AppraisalStatus.CONFIRMED) {
                throw new ConsoleException("error.appraisal.notConfirmed", name);
            }
            if (!PartySettings.rules(dsl).grades().contains(grade)) {
                new Checks().add("appraisal.grade", "error.appraisal.gradeNotInUse").throwIfAny();
            }
            Appraisal after = before.withGrade(grade, Texts.clean(reason));
            after.check().throwIfAny();
            Appraisal saved = store.update(after);
            audit.record(dsl, who, AuditAction.UPDATE, ENTITY, saved.id(), summary(store, saved), before, saved);
            return saved;
        });
    }

    // ---- the parts ----

    @FunctionalInterface
    private interface Edit {
        Appraisal apply(DSLContext dsl, AppraisalStore store, Appraisal current);
    }

    /** Loads the appraisal at {@code version}, refuses a locked one, applies the edit, checks, saves and audits. */
    private Appraisal change(Session who, Permission permission, long id, int version, Edit edit) {
        who.require(permission);
        return db.transaction(dsl -> {
            AppraisalStore store = new AppraisalStore(dsl);
            Appraisal before = current(store, id, version);
            requireNotLocked(before, name(store, before));
            Appraisal after = edit.apply(dsl, store, before);
            after.check().throwIfAny();
            Appraisal saved = store.update(after);
            audit.record(dsl, who, AuditAction.UPDATE, ENTITY, saved.id(), summary(store, saved), before, saved);
            return saved;
        });
    }

    private Appraisal selfReview(DSLContext dsl, Session who, AppraisalStore store, Appraisal a, String text) {
        requireWorkUnit(dsl, who, store, a);
        return a.withSelfReview(Texts.clean(text));
    }

    private Appraisal unit(DSLContext dsl, Session who, AppraisalStore store, Appraisal a, BigDecimal score,
                           String comment) {
        new Checks().required("appraisal.unitScore", score).throwIfAny();
        requireWorkUnit(dsl, who, store, a);
        return a.withUnit(score, Texts.clean(comment), who.username());
    }

    private Appraisal community(DSLContext dsl, Session who, AppraisalStore store, Appraisal a, long communityBranchId,
                                BigDecimal score, String comment) {
        new Checks().required("appraisal.communityScore", score).throwIfAny();
        String name = name(store, a);
        AppraisalBranch branch = store.branch(communityBranchId).orElseThrow(StaleDataException::new);
        boolean enrolled = store.communityBranchesFor(a.memberId(), a.year()).stream()
                .anyMatch(b -> b.id() == communityBranchId);
        if (!enrolled) {
            throw new ConsoleException("error.appraisal.notEnrolledUnder", name, branch.name(), String.valueOf(a.year()));
        }
        if (!new PartyScopeStore(dsl, today()).scope(who).coversCommunityBranch(communityBranchId)) {
            throw new ConsoleException("error.party.notYourBranch", name);
        }
        return a.withCommunity(communityBranchId, score, Texts.clean(comment), who.username());
    }

    /**
     * With both scores in: the combined score and its grade, status evaluated (a proposal made earlier is void).
     * A member enrolled in no community during the year has no community branch to evaluate them: the
     * work-unit score alone is their combined score, and the never-reported rule caps what it proposes.
     */
    private static Appraisal scored(DSLContext dsl, AppraisalStore store, Appraisal a) {
        a.check().throwIfAny();
        AppraisalRules rules = PartySettings.rules(dsl);
        BigDecimal combined;
        if (a.scored() || a.unitScore() != null && a.communityScore() == null
                && store.communityBranchesFor(a.memberId(), a.year()).isEmpty()) {
            combined = combined(rules, a);
        } else {
            return a;
        }
        // a reason written for an earlier grade does not carry over to a new evaluation
        return a.withReason(null).withResult(combined, GradeProposer.scoreGrade(rules, combined), null, null,
                AppraisalStatus.EVALUATED);
    }

    /**
     * The combined score of an evaluated appraisal by the rules in force: both scores weighted, or the
     * work-unit score alone for a member no community evaluated.
     */
    private static BigDecimal combined(AppraisalRules rules, Appraisal a) {
        return a.scored() ? GradeProposer.combined(rules, a.unitScore(), a.communityScore())
                : GradeProposer.unitOnly(a.unitScore());
    }

    private static boolean sameScore(BigDecimal x, BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }

    private static Appraisal current(AppraisalStore store, long id, int version) {
        Appraisal a = store.byId(id).orElseThrow(StaleDataException::new);
        if (a.version() != version) {
            throw new StaleDataException();
        }
        return a;
    }

    private void requireWorkUnitBranch(DSLContext dsl, Session who, AppraisalStore store, long branchId) {
        AppraisalBranch branch = store.branch(branchId).orElseThrow(StaleDataException::new);
        if (branch.kind() != BranchKind.WORK_UNIT) {
            throw new ConsoleException("error.appraisal.notWorkUnitBranch", branch.name());
        }
        if (!new PartyScopeStore(dsl, today()).scope(who).coversWorkUnitBranch(branchId)) {
            throw new ConsoleException("error.appraisal.branchNotYours", branch.name());
        }
    }

    /** Refuses, naming the member, an appraisal of a work-unit branch the session does not cover; returns the name. */
    private String requireWorkUnit(DSLContext dsl, Session who, AppraisalStore store, Appraisal a) {
        String name = name(store, a);
        requireWorkUnit(new PartyScopeStore(dsl, today()).scope(who), a, name);
        return name;
    }

    private static void requireWorkUnit(PartyScope scope, Appraisal a, String name) {
        if (!scope.coversWorkUnitBranch(a.branchId())) {
            throw new ConsoleException("error.party.notYourBranch", name);
        }
    }

    private static void requireNotLocked(Appraisal a, String name) {
        if (a.status().locked()) {
            throw new ConsoleException("error.appraisal.locked", name, String.valueOf(a.year()));
        }
    }

    private static String name(AppraisalStore store, Appraisal a) {
        return store.memberName(a.memberId()).orElseThrow(StaleDataException::new);
    }

    private static String summary(AppraisalStore store, Appraisal a) {
        return a.year() + " / " + name(store, a);
    }
}
