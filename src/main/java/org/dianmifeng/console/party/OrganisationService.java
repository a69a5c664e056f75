package org.dianmifeng.console.party;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.account.AccountStore;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Masking;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PersonStore;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.jooq.DSLContext;

/**
 * The party organisation: branches, communities and their grids, party members and their enrolment in a
 * grid. Changes need {@link Permission#PARTY_ORGANISE}; every signed-in role reads, a party secretary
 * only what their branch covers ({@link PartyScope}). Every change is checked, audited and saved in one
 * transaction.
 */
public final class OrganisationService {
    static final String BRANCH = "BRANCH";
    static final String COMMUNITY = "COMMUNITY";
    static final String GRID = "GRID";
    static final String MEMBER = "PARTY_MEMBER";
    static final String ENROLMENT = "ENROLMENT";
    private final Database db;
    private final Audit audit;
    private final Clock clock;

    public OrganisationService(Database db, Audit audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today by the service's clock: the latest date a form may hold. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- branches

    /** Every branch for every role but a party secretary, who sees only their own branch. */
    public List<BranchRow> branches(Session who) {
        return db.read(dsl -> {
            PartyScope scope = new PartyScopeStore(dsl, today()).scope(who);
            BranchStore store = new BranchStore(dsl);
            return scope.isAll() ? store.rows()
                    : store.row(scope.branchId()).stream().toList();
        });
    }

    /** The active party-secretary accounts, for the secretary chooser of a branch (with the branch each is linked to, if any). */
    public List<Account> secretaryAccounts(Session who) {
        who.require(Permission.PARTY_ORGANISE);
        return db.read(dsl -> new AccountStore(dsl).all().stream()
                .filter(a -> a.active() && a.role() == Role.PARTY_SECRETARY).toList());
    }

    public Branch createBranch(Session who, Branch branch) {
        who.require(Permission.PARTY_ORGANISE);
        Branch b = withId(branch.cleaned(), null, null);
        b.check().throwIfAny();
        return db.transaction(dsl -> {
            checkBranch(dsl, b);
            Branch saved = new BranchStore(dsl).insert(b);
            audit.record(dsl, who, AuditAction.CREATE, BRANCH, saved.id(), saved.name(), null, saved);
            return saved;
        });
    }

    /** Saves a branch read earlier; a branch with members keeps its kind. */
    public Branch updateBranch(Session who, Branch branch) {
        who.require(Permission.PARTY_ORGANISE);
        Objects.requireNonNull(branch.id(), "update needs a saved branch");
        Branch b = branch.cleaned();
        b.check().throwIfAny();
        return db.transaction(dsl -> {
            BranchStore store = new BranchStore(dsl);
            Branch before = store.byId(b.id()).orElseThrow(StaleDataException::new);
            checkBranch(dsl, b);
            if (before.kind() != b.kind()) {
                BranchStore.References refs = store.references(b.id());
                if (refs.any()) {
                    throw new ConsoleException("error.org.branch.kindInUse", before.name(), refs.members(),
                            refs.appraisals(), refs.feedback());
                }
            }
            Branch saved = store.update(b);
            audit.record(dsl, who, AuditAction.UPDATE, BRANCH, saved.id(), saved.name(), before, saved);
            return saved;
        });
    }

    /** Deletes a branch nothing points to; otherwise says how many members, appraisals and feedback cards do. */
    public void deleteBranch(Session who, Branch branch) {
        who.require(Permission.PARTY_ORGANISE);
        db.transaction(dsl -> {
            BranchStore store = new BranchStore(dsl);
            Branch before = store.byId(branch.id()).orElseThrow(StaleDataException::new);
            BranchStore.References refs = store.references(before.id());
            if (refs.any()) {
                throw new ConsoleException("error.org.branch.inUse", before.name(), refs.members(), refs.appraisals(),
                        refs.feedback());
            }
            store.delete(branch);
            audit.record(dsl, who, AuditAction.DELETE, BRANCH, before.id(), before.name(), before, null);
            return null;
        });
    }

    /** Unique code and name; an existing unit or community; one community branch per community; a free, active secretary account. */
    private static void checkBranch(DSLContext dsl, Branch b) {
        BranchStore store = new BranchStore(dsl);
        Checks checks = new Checks();
        store.byCode(b.code()).filter(o -> !o.id().equals(b.id()))
                .ifPresent(o -> checks.add("branch.code", "error.org.branch.codeTaken", b.code(), o.name()));
        store.byName(b.name()).filter(o -> !o.id().equals(b.id()))
                .ifPresent(o -> checks.add("branch.name", "error.org.branch.nameTaken", o.name()));
        if (b.kind() == BranchKind.WORK_UNIT && !store.unitExists(b.unitId())) {
            throw new StaleDataException();
        }
        if (b.kind() == BranchKind.COMMUNITY) {
            Community community = new CommunityStore(dsl).byId(b.communityId()).orElseThrow(StaleDataException::new);
            store.byCommunity(community.id()).filter(o -> !o.id().equals(b.id()))
                    .ifPresent(o -> checks.add("branch.community", "error.org.branch.communityTaken", community.name(),
                            o.name()));
        }
        if (b.secretaryAccountId() != null) {
            Account account = new AccountStore(dsl).byId(b.secretaryAccountId()).orElseThrow(StaleDataException::new);
            if (!account.active() || account.role() != Role.PARTY_SECRETARY) {
                checks.add("branch.secretaryAccount", "error.org.branch.notSecretary", account.username());
            } else {
                store.bySecretary(account.id()).filter(o -> !o.id().equals(b.id()))
                        .ifPresent(o -> checks.add("branch.secretaryAccount", "error.org.branch.secretaryTaken",
                                account.username(), o.name()));
            }
        }
        checks.throwIfAny();
    }

    private static Branch withId(Branch b, Long id, Integer version) {
        return new Branch(id, b.code(), b.name(), b.kind(), b.unitId(), b.communityId(), b.secretaryName(),
                b.secretaryAccountId(), version);
    }

    // ---------------------------------------------------------------- communities and grids

    /** Every community with grid count and active enrolments. Any signed-in role may read them. */
    public List<CommunityRow> communities(Session who) {
        return db.read(dsl -> new CommunityStore(dsl).rows());
    }

    public Community createCommunity(Session who, Community community) {
        who.require(Permission.PARTY_ORGANISE);
        Community c = community.cleaned();
        Community draft = new Community(null, c.code(), c.name(), c.street(), null);
        draft.check().throwIfAny();
        return db.transaction(dsl -> {
            checkCommunity(new CommunityStore(dsl), draft);
            Community saved = new CommunityStore(dsl).insert(draft);
            audit.record(dsl, who, AuditAction.CREATE, COMMUNITY, saved.id(), saved.name(), null, saved);
            return saved;
        });
    }

    public Community updateCommunity(Session who, Community community) {
        who.require(Permission.PARTY_ORGANISE);
        Objects.requireNonNull(community.id(), "update needs a saved community");
        Community c = community.cleaned();
        c.check().throwIfAny();
        return db.transaction(dsl -> {
            CommunityStore store = new CommunityStore(dsl);
            Community before = store.byId(c.id()).orElseThrow(StaleDataException::new);
            checkCommunity(store, c);
            Community saved = store.update(c);
            audit.record(dsl, who, AuditAction.UPDATE, COMMUNITY, saved.id(), saved.name(), before, saved);
            return saved;
        });
    }

    /** Deletes a community without grids, branches or service records; otherwise says how many there are. */
    public void deleteCommunity(Session who, Community community) {
        who.require(Permission.PARTY_ORGANISE);
        db.transaction(dsl -> {
            CommunityStore store = new CommunityStore(dsl);
            Community before = store.byId(community.id()).orElseThrow(StaleDataException::new);
            CommunityStore.References refs = store.references(before.id());
            if (refs.any()) {
                throw new ConsoleException("error.org.community.inUse", before.name(), refs.grids(), refs.branches(),
                        refs.services());
            }
            store.delete(community);
            audit.record(dsl, who, AuditAction.DELETE, COMMUNITY, before.id(), before.name(), before, null);
            return null;
        });
    }

    private static void checkCommunity(CommunityStore store, Community c) {
        Checks checks = new Checks();
        store.byCode(c.code()).filter(o -> !o.id().equals(c.id()))
                .ifPresent(o -> checks.add("community.code", "error.org.community.codeTaken", c.code(), o.name()));
        store.byName(c.street(), c.name()).filter(o -> !o.id().equals(c.id()))
                .ifPresent(o -> checks.add("community.name", "error.org.community.nameTaken", o.street(), o.name()));
        checks.throwIfAny();
    }

    /**
     * The grids of a community (of every community for null), with active enrolments; leaders' phones
     * as {@link Masking} lets the role see them.
     */
    public List<GridRow> grids(Session who, Long communityId) {
        List<GridRow> rows = db.read(dsl -> new CommunityStore(dsl).grids(communityId));
        return Masking.inClear(who.role()) ? rows : rows.stream().map(r -> r.shownTo(who.role())).toList();
    }

    public Grid createGrid(Session who, Grid grid) {
        who.require(Permission.PARTY_ORGANISE);
        Grid c = grid.cleaned();
        Grid g = new Grid(null, c.communityId(), c.name(), c.leaderName(), c.leaderPhone(), null);
        g.check().throwIfAny();
        return db.transaction(dsl -> {
            CommunityStore store = new CommunityStore(dsl);
            Community community = store.byId(g.communityId()).orElseThrow(StaleDataException::new);
            checkGridName(store, community, g);
            Grid saved = store.insertGrid(g);
            audit.record(dsl, who, AuditAction.CREATE, GRID, saved.id(), gridSummary(community, saved), null, saved);
            return saved.shownTo(who.role());
        });
    }

    /**
     * Saves a grid read earlier. A role that sees the phone masked and leaves it as shown keeps the stored
     * phone. A grid with enrolments stays in its community.
     */
    public Grid updateGrid(Session who, Grid grid) {
        who.require(Permission.PARTY_ORGANISE);
        Objects.requireNonNull(grid.id(), "update needs a saved grid");
        Grid typed = grid.cleaned();
        return db.transaction(dsl -> {
            CommunityStore store = new CommunityStore(dsl);
            Grid before = store.grid(typed.id()).orElseThrow(StaleDataException::new);
            Grid g = typed.leaderPhone() != null && typed.leaderPhone().equals(Masking.phone(before.leaderPhone()))
                    ? typed.withLeaderPhone(before.leaderPhone()) : typed;
            g.check().throwIfAny();
            Community community = store.byId(g.communityId()).orElseThrow(StaleDataException::new);
            if (!g.communityId().equals(before.communityId()) && store.enrolmentCount(g.id()) > 0) {
                throw new ConsoleException("error.org.grid.communityFixed", before.name(), store.enrolmentCount(g.id()));
            }
            checkGridName(store, community, g);
            Grid saved = store.updateGrid(g);
            audit.record(dsl, who, AuditAction.UPDATE, GRID, saved.id(), gridSummary(community, saved), before, saved);
            return saved.shownTo(who.role());
        });
    }

    /** Deletes a grid nobody ever enrolled in; otherwise says how many enrolments there are. */
    public void deleteGrid(Session who, Grid grid) {
        who.require(Permission.PARTY_ORGANISE);
        db.transaction(dsl -> {
            CommunityStore store = new CommunityStore(dsl);
            Grid before = store.grid(grid.id()).orElseThrow(StaleDataException::new);
            int enrolments = store.enrolmentCount(before.id());
            if (enrolments > 0) {
                throw new ConsoleException("error.org.grid.inUse", before.name(), enrolments);
            }
            Community community = store.byId(before.communityId()).orElseThrow(StaleDataException::new);
            store.deleteGrid(new Grid(before.id(), before.communityId(), before.name(), before.leaderName(),
                    before.leaderPhone(), grid.version()));
            audit.record(dsl, who, AuditAction.DELETE, GRID, before.id(), gridSummary(community, before), before, null);
            return null;
        });
    }

    private static void checkGridName(CommunityStore store, Community community, Grid g) {
        store.gridByName(community.id(), g.name()).filter(o -> !o.id().equals(g.id()))
                .ifPresent(o -> new Checks().add("grid.name", "error.org.grid.nameTaken", community.name(), o.name())
                        .throwIfAny());
    }

    private static String gridSummary(Community community, Grid grid) {
        return community.name() + " / " + grid.name();
    }

    // ---------------------------------------------------------------- party members

    /** The members the session's scope covers, with their active enrolment, by name. */
    public List<MemberRow> members(Session who) {
        return db.read(dsl -> new MemberStore(dsl).rows(PartyScopeStore.members(new PartyScopeStore(dsl, today()).scope(who))));
    }

    /**
     * The first {@code limit} lines of {@link #members} for a session that sees the whole organisation (thousands
     * of members: they show while the rest are read); empty for a secretary, whose branch's list reads as fast whole.
     */
    public List<MemberRow> firstMembers(Session who, int limit) {
        return db.read(dsl -> new PartyScopeStore(dsl, today()).scope(who).isAll()
                ? new MemberStore(dsl).firstRows(limit) : List.of());
    }

    /** One member; a secretary is refused a member of another branch. */
    public MemberRow member(Session who, long id) {
        return db.read(dsl -> {
            new PartyScopeStore(dsl, today()).requireCovered(who, id);
            return new MemberStore(dsl).row(id).orElseThrow(StaleDataException::new);
        });
    }

    /** A member's enrolments, newest first; a secretary is refused a member of another branch. */
    public List<EnrolmentRow> enrolments(Session who, long memberId) {
        return db.read(dsl -> {
            new PartyScopeStore(dsl, today()).requireCovered(who, memberId);
            return new MemberStore(dsl).enrolments(memberId);
        });
    }

    /**
     * Registers a person whose political status is 中共党员 or 预备党员 as a member of a work-unit branch;
     * a person is a member once. A probationary member has no full-member date yet.
     */
    public PartyMember addMember(Session who, PartyMember member) {
        who.require(Permission.PARTY_ORGANISE);
        PartyMember m = new PartyMember(null, member.personId(), member.branchId(), member.joinedOn(), member.fullOn(),
                null);
        m.check(today()).throwIfAny();
        return db.transaction(dsl -> {
            MemberStore store = new MemberStore(dsl);
            Person person = new PersonStore(dsl).byId(m.personId()).orElseThrow(StaleDataException::new);
            checkMember(dsl, person, m);
            store.byPerson(person.id()).ifPresent(existing -> {
                Branch branch = new BranchStore(dsl).byId(existing.branchId()).orElseThrow();
                throw new ConsoleException("error.org.member.twice", person.name(), branch.name());
            });
            PartyMember saved = store.insert(m);
            audit.record(dsl, who, AuditAction.CREATE, MEMBER, saved.id(), person.name(), null, saved);
            return saved;
        });
    }

    /** Saves branch and dates of a member read earlier; the person stays. */
    public PartyMember updateMember(Session who, PartyMember member) {
        who.require(Permission.PARTY_ORGANISE);
        Objects.requireNonNull(member.id(), "update needs a saved member");
        member.check(today()).throwIfAny();
        return db.transaction(dsl -> {
            MemberStore store = new MemberStore(dsl);
            PartyMember before = store.byId(member.id()).orElseThrow(StaleDataException::new);
            PartyMember m = new PartyMember(before.id(), before.personId(), member.branchId(), member.joinedOn(),
                    member.fullOn(), member.version());
            Person person = new PersonStore(dsl).byId(m.personId()).orElseThrow(StaleDataException::new);
            checkMember(dsl, person, m);
            store.enrolments(m.id()).stream().map(EnrolmentRow::enrolment)
                    .filter(e -> e.reportedOn().isBefore(m.joinedOn())).findFirst()
                    .ifPresent(e -> new Checks().add("member.joinedOn", "error.org.member.enrolledBeforeJoined",
                            e.reportedOn()).throwIfAny());
            PartyMember saved = store.update(m);
            audit.record(dsl, who, AuditAction.UPDATE, MEMBER, saved.id(), person.name(), before, saved);
            return saved;
        });
    }

    /** Removes a member nothing points to; otherwise says what does. */
    public void removeMember(Session who, PartyMember member) {
        who.require(Permission.PARTY_ORGANISE);
        db.transaction(dsl -> {
            MemberStore store = new MemberStore(dsl);
            PartyMember before = store.byId(member.id()).orElseThrow(StaleDataException::new);
            Person person = new PersonStore(dsl).byId(before.personId()).orElseThrow(StaleDataException::new);
            MemberStore.References refs = store.references(before.id());
            if (refs.any()) {
                throw new ConsoleException("error.org.member.inUse", person.name(), refs.enrolments(), refs.services(),
                        refs.feedback(), refs.points(), refs.appraisals());
            }
            store.delete(member);
            audit.record(dsl, who, AuditAction.DELETE, MEMBER, before.id(), person.name(), before, null);
            return null;
        });
    }

    /** The person is a party member or probationary member, the branch a work-unit branch, the dates fit the status. */
    private static void checkMember(DSLContext dsl, Person person, PartyMember m) {
        PoliticalStatus status = person.politicalStatus();
        if (status == PoliticalStatus.LEAGUE_MEMBER) {
            throw new ConsoleException("error.org.member.leagueMember", person.name());
        }
        if (status == PoliticalStatus.MASSES) {
            throw new ConsoleException("error.org.member.masses", person.name());
        }
        Branch branch = new BranchStore(dsl).byId(m.branchId()).orElseThrow(StaleDataException::new);
        Checks checks = new Checks();
        if (branch.kind() != BranchKind.WORK_UNIT) {
            checks.add("member.branch", "error.org.member.notWorkUnitBranch", branch.name());
        }
        if (status == PoliticalStatus.PROBATIONARY_MEMBER && m.fullOn() != null) {
            checks.add("member.fullOn", "error.org.member.probationaryFull", person.name());
        }
        checks.throwIfAny();
    }

    // ---------------------------------------------------------------- enrolment

    /**
     * Enrols a member in a grid (到社区报到). Refused while the member has an active enrolment: that is a
     * {@link #move}. The date reported is not before joining the party nor before the last enrolment ended.
     */
    public Enrolment enrol(Session who, long memberId, long gridId, LocalDate reportedOn, GridRole role,
                           String specialties, String preferences) {
        who.require(Permission.PARTY_ORGANISE);
        Enrolment e = new Enrolment(null, memberId, gridId, reportedOn, role, specialties, preferences, null, null)
                .cleaned();
        e.check(today()).throwIfAny();
        return db.transaction(dsl -> {
            MemberStore store = new MemberStore(dsl);
            MemberRow member = store.row(memberId).orElseThrow(StaleDataException::new);
            store.activeEnrolment(memberId).ifPresent(active -> {
                throw new ConsoleException("error.org.enrolment.active", member.name(), active.communityName(),
                        active.gridName(), active.enrolment().reportedOn());
            });
            checkReported(store, member, e.reportedOn());
            return open(dsl, who, member, e);
        });
    }

    /**
     * Moves a member's active enrolment to another grid: the old one ends on {@code date}, the new one is
     * reported on the same day, in one transaction.
     */
    public Enrolment move(Session who, long enrolmentId, long newGridId, LocalDate date, GridRole role,
                          String specialties, String preferences) {
        who.require(Permission.PARTY_ORGANISE);
        return db.transaction(dsl -> {
            MemberStore store = new MemberStore(dsl);
            EnrolmentRow old = store.enrolmentRow(enrolmentId).orElseThrow(StaleDataException::new);
            Enrolment e = new Enrolment(null, old.enrolment().memberId(), newGridId, date, role, specialties,
                    preferences, null, null).cleaned();
            e.check(today()).throwIfAny();
            MemberRow member = store.row(e.memberId()).orElseThrow(StaleDataException::new);
            if (!old.enrolment().active()) {
                throw new ConsoleException("error.org.enrolment.ended", member.name(), old.gridName(),
                        old.enrolment().endedOn());
            }
            if (old.enrolment().gridId().equals(newGridId)) {
                throw new ConsoleException("error.org.enrolment.sameGrid", member.name(), old.communityName(),
                        old.gridName());
            }
            end(dsl, who, member, old, date);
            return open(dsl, who, member, e);
        });
    }

    /** Ends a member's active enrolment on {@code date} (not before it was reported, not after today). */
    public Enrolment endEnrolment(Session who, long enrolmentId, LocalDate date) {
        who.require(Permission.PARTY_ORGANISE);
        new Checks().required("enrolment.endedOn", date).throwIfAny();
        if (date.isAfter(today())) {
            new Checks().add("enrolment.endedOn", "error.dateInFuture", today()).throwIfAny();
        }
        return db.transaction(dsl -> {
            MemberStore store = new MemberStore(dsl);
            EnrolmentRow old = store.enrolmentRow(enrolmentId).orElseThrow(StaleDataException::new);
            MemberRow member = store.row(old.enrolment().memberId()).orElseThrow(StaleDataException::new);
            if (!old.enrolment().active()) {
                throw new ConsoleException("error.org.enrolment.ended", member.name(), old.gridName(),
                        old.enrolment().endedOn());
            }
            return end(dsl, who, member, old, date);
        });
    }

    private static void checkReported(MemberStore store, MemberRow member, LocalDate reportedOn) {
        Checks checks = new Checks();
        if (reportedOn.isBefore(member.joinedOn())) {
            checks.add("enrolment.reportedOn", "error.org.enrolment.beforeJoined", member.joinedOn());
        }
        store.lastEnded(member.id()).filter(reportedOn::isBefore)
                .ifPresent(last -> checks.add("enrolment.reportedOn", "error.org.enrolment.beforeLastEnded", last));
        checks.throwIfAny();
    }

    private Enrolment open(DSLContext dsl, Session who, MemberRow member, Enrolment e) {
        CommunityStore communities = new CommunityStore(dsl);
        GridRow grid = communities.gridRow(e.gridId()).orElseThrow(StaleDataException::new);
        checkReported(new MemberStore(dsl), member, e.reportedOn());
        Enrolment saved = new MemberStore(dsl).insertEnrolment(e);
        audit.record(dsl, who, AuditAction.CREATE, ENROLMENT, saved.id(),
                member.name() + " → " + grid.communityName() + " / " + grid.name(), null, saved);
        return saved;
    }

    private Enrolment end(DSLContext dsl, Session who, MemberRow member, EnrolmentRow old, LocalDate date) {
        if (date.isBefore(old.enrolment().reportedOn())) {
            new Checks().add("enrolment.endedOn", "error.org.enrolment.endBeforeReported", old.enrolment().reportedOn())
                    .throwIfAny();
        }
        Enrolment saved = new MemberStore(dsl).updateEnrolment(old.enrolment().withEndedOn(date));
        audit.record(dsl, who, AuditAction.UPDATE, ENROLMENT, saved.id(),
                member.name() + " ← " + old.communityName() + " / " + old.gridName(), old.enrolment(), saved);
        return saved;
    }
}
