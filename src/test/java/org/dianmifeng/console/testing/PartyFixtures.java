package org.dianmifeng.console.testing;

import static org.dianmifeng.console.testing.TestServices.ADMIN;

import java.time.LocalDate;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.party.Appraisal;
import org.dianmifeng.console.party.AppraisalStore;
import org.dianmifeng.console.party.Branch;
import org.dianmifeng.console.party.BranchKind;
import org.dianmifeng.console.party.Community;
import org.dianmifeng.console.party.Enrolment;
import org.dianmifeng.console.party.Grid;
import org.dianmifeng.console.party.GridRole;
import org.dianmifeng.console.party.MemberStore;
import org.dianmifeng.console.party.OrganisationService;
import org.dianmifeng.console.party.PartyMember;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PersonStore;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;

/**
 * The party organisation of a test, made by the administrator through the services (checked and
 * audited as on the screens): communities, grids, branches, people, party members and enrolments; a
 * party secretary's account linked to a branch and its session; appraisals at any status, stored as the
 * appraisal service leaves them. The one fixture of the party tests.
 */
public final class PartyFixtures {
    public static final String STREET = "宜城街道";
    public static final LocalDate JOINED = LocalDate.of(2010, 7, 1);
    public static final LocalDate FULL = LocalDate.of(2011, 7, 1);
    private static final String PASSWORD = "0123456789";
    private final TestServices t;
    private final OrganisationService org;
    private int people;

    public PartyFixtures(TestServices t) {
        this.t = t;
        this.org = t.services().organisation();
    }

    public Community community(String code, String name) {
        return org.createCommunity(ADMIN, new Community(null, code, name, STREET, null));
    }

    public Grid grid(long communityId, String name) {
        return org.createGrid(ADMIN, new Grid(null, communityId, name, "王网格", "13912345678", null));
    }

    public Branch workBranch(String code, String name, Unit unit) {
        return org.createBranch(ADMIN, new Branch(null, code, name, BranchKind.WORK_UNIT, unit.id(), null, null, null,
                null));
    }

    public Branch communityBranch(String code, String name, long communityId) {
        return org.createBranch(ADMIN, new Branch(null, code, name, BranchKind.COMMUNITY, null, communityId, null, null,
                null));
    }

    /** A person of {@code unit} with the given political status and a fresh synthetic ID number (a man born 1990-01-01). */
    public Person person(String name, Unit unit, PoliticalStatus status) {
        int n = ++people;
        if (n > 99) {
            throw new IllegalStateException("the synthetic ID numbers run to 99 people");
        }
        Person draft = TestServices.draft(name, "32028119900101" + String.format("%02d", n) + "1", unit);
        return t.services().people().create(ADMIN, new Person(null, draft.name(), draft.gender(), draft.birthDate(),
                draft.idNumber(), draft.mobile(), draft.unitId(), null, status, null, null, null, null));
    }

    /** A full party member of the work-unit branch, joined {@link #JOINED}, full member since {@link #FULL}. */
    public PartyMember member(String name, Unit unit, long branchId) {
        return member(name, unit, branchId, FULL);
    }

    /** A party member of the work-unit branch, joined {@link #JOINED}; a probationary member when {@code fullOn} is null. */
    public PartyMember member(String name, Unit unit, long branchId, LocalDate fullOn) {
        Person p = person(name, unit, fullOn == null ? PoliticalStatus.PROBATIONARY_MEMBER : PoliticalStatus.PARTY_MEMBER);
        return org.addMember(ADMIN, new PartyMember(null, p.id(), branchId, JOINED, fullOn, null));
    }

    /** An active enrolment as a volunteer. */
    public Enrolment enrol(long memberId, long gridId, LocalDate reportedOn) {
        return org.enrol(ADMIN, memberId, gridId, reportedOn, GridRole.VOLUNTEER, null, null);
    }

    /** An enrolment as a volunteer that ended on {@code endedOn} (null: still active). */
    public Enrolment enrol(long memberId, long gridId, LocalDate reportedOn, LocalDate endedOn) {
        Enrolment e = enrol(memberId, gridId, reportedOn);
        return endedOn == null ? e : org.endEnrolment(ADMIN, e.id(), endedOn);
    }

    /** Stores an appraisal as given, at any status: as the appraisal service would have left it. */
    public Appraisal appraisal(Appraisal a) {
        return t.services().database().transaction(dsl -> new AppraisalStore(dsl).insert(a));
    }

    /** Stores the member's name as given, past the checks of the person form (e.g. text that looks like a formula). */
    public void rename(long memberId, String name) {
        t.services().database().transaction(dsl -> {
            PartyMember m = new MemberStore(dsl).byId(memberId).orElseThrow();
            PersonStore store = new PersonStore(dsl);
            Person p = store.byId(m.personId()).orElseThrow();
            return store.update(new Person(p.id(), name, p.gender(), p.birthDate(), p.idNumber(), p.mobile(),
                    p.unitId(), p.employeeNo(), p.politicalStatus(), p.volunteerNo(), p.skills(), p.notes(),
                    p.version()));
        });
    }

    /** A new active party-secretary account linked to the branch (whose secretary's name stays), and a session of it. */
    public Session secretaryOf(long branchId, String username) {
        Account account = t.services().accounts().create(ADMIN, Account.draft(username, username, Role.PARTY_SECRETARY),
                PASSWORD.toCharArray(), PASSWORD.toCharArray());
        Branch b = org.branches(ADMIN).stream().filter(r -> r.id() == branchId).findFirst().orElseThrow().branch();
        org.updateBranch(ADMIN, new Branch(b.id(), b.code(), b.name(), b.kind(), b.unitId(), b.communityId(),
                b.secretaryName(), account.id(), b.version()));
        return new Session(account.id(), username, username, Role.PARTY_SECRETARY);
    }
}
