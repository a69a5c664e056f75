package org.dianmifeng.console.testing;

import static org.dianmifeng.console.testing.TestServices.ADMIN;

import java.time.LocalDate;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.party.Branch;
import org.dianmifeng.console.party.BranchKind;
import org.dianmifeng.console.party.Community;
import org.dianmifeng.console.party.Enrolment;
import org.dianmifeng.console.party.Grid;
import org.dianmifeng.console.party.GridRole;
import org.dianmifeng.console.party.OrganisationService;
import org.dianmifeng.console.party.PartyMember;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;

/** Branches, communities, grids, party members and secretary sessions, saved by the administrator, for party tests. */
public final class PartyOrganisationFixtures {
    public static final LocalDate JOINED = LocalDate.of(2010, 7, 1);
    public static final LocalDate FULL = LocalDate.of(2011, 7, 1);
    private static final char[] PASSWORD = "0123456789".toCharArray();
    private final TestServices t;
    private final OrganisationService org;
    private int people;

    public PartyOrganisationFixtures(TestServices t) {
        this.t = t;
        this.org = t.services().organisation();
    }

    public Branch workBranch(String code, String name, Unit unit) {
        return org.createBranch(ADMIN, new Branch(null, code, name, BranchKind.WORK_UNIT, unit.id(), null, null, null, null));
    }

    public Branch communityBranch(String code, String name, Community community) {
        return org.createBranch(ADMIN, new Branch(null, code, name, BranchKind.COMMUNITY, null, community.id(), null,
                null, null));
    }

    public Community community(String code, String name) {
        return org.createCommunity(ADMIN, new Community(null, code, name, "宜城街道", null));
    }

    public Grid grid(Community community, String name) {
        return org.createGrid(ADMIN, new Grid(null, community.id(), name, "王网格", "13912345678", null));
    }

    /** A person of {@code unit} with the given political status and a fresh synthetic ID number. */
    public Person person(String name, Unit unit, PoliticalStatus status) {
        int n = ++people;
        Person draft = TestServices.draft(name, "32028119900101" + String.format("%02d", n % 100) + "1", unit);
        return t.services().people().create(ADMIN, new Person(null, draft.name(), draft.gender(), draft.birthDate(),
                draft.idNumber(), draft.mobile(), draft.unitId(), null, status, null, null, null, null));
    }

    /** A full party member of the branch, joined {@link #JOINED}, full member since {@link #FULL}. */
    public PartyMember member(String name, Unit unit, Branch branch) {
        Person p = person(name, unit, PoliticalStatus.PARTY_MEMBER);
        return org.addMember(ADMIN, new PartyMember(null, p.id(), branch.id(), JOINED, FULL, null));
    }

    public Enrolment enrol(PartyMember member, Grid grid, LocalDate on) {
        return org.enrol(ADMIN, member.id(), grid.id(), on, GridRole.VOLUNTEER, null, null);
    }

    /** A new active party-secretary account linked to the branch, and a session of it. */
    public Session secretaryOf(Branch branch, String username) {
        Account account = t.services().accounts().create(ADMIN, Account.draft(username, username, Role.PARTY_SECRETARY),
                PASSWORD, PASSWORD);
        org.updateBranch(ADMIN, new Branch(branch.id(), branch.code(), branch.name(), branch.kind(), branch.unitId(),
                branch.communityId(), username, account.id(), org.branches(ADMIN).stream()
                .filter(r -> r.id() == branch.id()).findFirst().orElseThrow().branch().version()));
        return new Session(account.id(), username, username, Role.PARTY_SECRETARY);
    }
}
