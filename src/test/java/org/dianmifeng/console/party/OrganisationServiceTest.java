package org.dianmifeng.console.party;

import static org.dianmifeng.console.testing.PartyFixtures.JOINED;
import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.SECRETARY;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.AuditEntry;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.ValidationException;
import org.dianmifeng.console.testing.PartyFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganisationServiceTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    @TempDir Path dir;
    TestServices t;
    OrganisationService org;
    PartyFixtures f;
    Unit yixing;
    Branch yunjian;
    Community xincun;
    Grid grid1;
    Grid grid2;
    LocalDate today;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        org = t.services().organisation();
        f = new PartyFixtures(t);
        yixing = t.unit("YX", "宜兴市供电公司", t.city());
        yunjian = f.workBranch("YX-YJ", "运检党支部", yixing);
        xincun = f.community("C01", "新村社区");
        grid1 = f.grid(xincun.id(), "第一网格");
        grid2 = f.grid(xincun.id(), "第二网格");
        today = LocalDate.now(TestServices.CLOCK);
    }

    @AfterEach
    void close() {
        t.close();
    }

    static String problemKey(ValidationException v, String field) {
        return v.problems().stream().filter(p -> p.field().equals(field)).findFirst().orElseThrow().key();
    }

    List<AuditEntry> audit(String entity) {
        return t.services().audit().find(ADMIN, new AuditFilter(null, null, null, entity, null, 1000)).stream().toList();
    }

    @Test
    void gridsCommunitiesAndBranchesAreListedAsCounted() {
        long c = f.community("SQ", "第十社区").id();
        f.community("SQ2", "第二社区");
        for (String g : List.of("第十一网格", "第二网格", "第十网格", "第一网格", "第三网格")) {
            f.grid(c, g);
        }
        assertEquals(List.of("第一网格", "第二网格", "第三网格", "第十网格", "第十一网格"),
                org.grids(ADMIN, c).stream().map(r -> r.grid().name()).toList());
        List<String> communities = org.communities(ADMIN).stream().map(r -> r.community().name()).toList();
        assertTrue(communities.indexOf("第二社区") < communities.indexOf("第十社区"), communities.toString());
        Unit u = t.unit("BR", "宜城供电所", t.city());
        f.workBranch("B10", "第10党支部", u);
        f.workBranch("B2", "第2党支部", u);
        List<String> branches = org.branches(ADMIN).stream().map(r -> r.branch().name()).toList();
        assertTrue(branches.indexOf("第2党支部") < branches.indexOf("第10党支部"), branches.toString());
    }

    @Test
    void aSecondActiveEnrolmentIsRefusedNamingTheCurrentGridAndNothingChanges() {
        PartyMember m = f.member("张三", yixing, yunjian.id());
        Enrolment first = f.enrol(m.id(), grid1.id(), LocalDate.of(2025, 3, 1));
        int audited = audit("ENROLMENT").size();

        ConsoleException e = assertThrows(ConsoleException.class, () -> org.enrol(ADMIN, m.id(), grid2.id(),
                LocalDate.of(2025, 6, 1), GridRole.GRID_WORKER, null, null));
        assertEquals("error.org.enrolment.active", e.key());
        String message = e.localized(ZH);
        assertTrue(message.contains("张三") && message.contains("新村社区") && message.contains("第一网格"), message);

        List<EnrolmentRow> history = org.enrolments(ADMIN, m.id());
        assertEquals(1, history.size());
        assertEquals(first.id(), history.get(0).id());
        assertTrue(history.get(0).enrolment().active());
        assertEquals(audited, audit("ENROLMENT").size(), "nothing audited for a refusal");
        assertEquals(grid1.id(), org.member(ADMIN, m.id()).gridId());
    }

    @Test
    void moveEndsTheOldEnrolmentOnTheDateAndOpensTheNewOneInOneStep() {
        PartyMember m = f.member("张三", yixing, yunjian.id());
        Enrolment old = f.enrol(m.id(), grid1.id(), LocalDate.of(2025, 3, 1));
        LocalDate moved = LocalDate.of(2026, 5, 10);

        Enrolment fresh = org.move(OFFICE, old.id(), grid2.id(), moved, GridRole.BUILDING_LEADER, " 电工 ", "安全用电");

        List<EnrolmentRow> history = org.enrolments(ADMIN, m.id());
        assertEquals(2, history.size());
        assertEquals(fresh.id(), history.get(0).id(), "newest first");
        assertEquals(moved, history.get(0).enrolment().reportedOn());
        assertTrue(history.get(0).enrolment().active());
        assertEquals("电工", history.get(0).enrolment().specialties());
        assertEquals(moved, history.get(1).enrolment().endedOn());
        MemberRow row = org.member(ADMIN, m.id());
        assertEquals("第二网格", row.gridName());
        assertEquals(GridRole.BUILDING_LEADER, row.gridRole());
        List<AuditEntry> entries = audit("ENROLMENT");
        assertEquals(1, entries.stream().filter(a -> a.action() == AuditAction.UPDATE).count());
        assertEquals(2, entries.stream().filter(a -> a.action() == AuditAction.CREATE).count());

        assertEquals("error.org.enrolment.ended", assertThrows(ConsoleException.class,
                () -> org.move(ADMIN, old.id(), grid1.id(), moved, GridRole.VOLUNTEER, null, null)).key());
        assertEquals("error.org.enrolment.sameGrid", assertThrows(ConsoleException.class,
                () -> org.move(ADMIN, fresh.id(), grid2.id(), moved, GridRole.VOLUNTEER, null, null)).key());
        ValidationException early = assertThrows(ValidationException.class,
                () -> org.move(ADMIN, fresh.id(), grid1.id(), moved.minusDays(1), GridRole.VOLUNTEER, null, null));
        assertEquals("error.org.enrolment.endBeforeReported", problemKey(early, "enrolment.endedOn"));
        assertEquals(2, org.enrolments(ADMIN, m.id()).size(), "a refused move changes nothing");
    }

    @Test
    void endingAnEnrolmentLeavesTheMemberNotEnrolledAndAnotherEnrolmentStartsAfterIt() {
        PartyMember m = f.member("张三", yixing, yunjian.id());
        Enrolment e = f.enrol(m.id(), grid1.id(), LocalDate.of(2025, 3, 1));
        assertEquals("error.org.enrolment.endBeforeReported", problemKey(assertThrows(ValidationException.class,
                () -> org.endEnrolment(ADMIN, e.id(), LocalDate.of(2025, 2, 1))), "enrolment.endedOn"));
        assertEquals("error.dateInFuture", problemKey(assertThrows(ValidationException.class,
                () -> org.endEnrolment(ADMIN, e.id(), today.plusDays(1))), "enrolment.endedOn"));
        org.endEnrolment(ADMIN, e.id(), LocalDate.of(2026, 1, 31));
        assertFalse(org.member(ADMIN, m.id()).enrolled());
        assertEquals("error.org.enrolment.beforeLastEnded", problemKey(assertThrows(ValidationException.class,
                () -> f.enrol(m.id(), grid2.id(), LocalDate.of(2026, 1, 1))), "enrolment.reportedOn"));
        assertEquals("error.org.enrolment.beforeJoined", problemKey(assertThrows(ValidationException.class,
                () -> f.enrol(m.id(), grid2.id(), JOINED.minusDays(1))), "enrolment.reportedOn"));
        f.enrol(m.id(), grid2.id(), LocalDate.of(2026, 1, 31));
        assertEquals("第二网格", org.member(ADMIN, m.id()).gridName());
    }

    @Test
    void aPersonWhoIsNotAPartyMemberIsRefusedNamingThePersonAndTheirStatus() {
        Person masses = f.person("李四", yixing, PoliticalStatus.MASSES);
        Person league = f.person("王五", yixing, PoliticalStatus.LEAGUE_MEMBER);
        ConsoleException e = assertThrows(ConsoleException.class,
                () -> org.addMember(ADMIN, new PartyMember(null, masses.id(), yunjian.id(), JOINED, null, null)));
        assertEquals("error.org.member.masses", e.key());
        assertTrue(e.localized(ZH).contains("李四") && e.localized(ZH).contains("群众"), e.localized(ZH));
        ConsoleException l = assertThrows(ConsoleException.class,
                () -> org.addMember(ADMIN, new PartyMember(null, league.id(), yunjian.id(), JOINED, null, null)));
        assertTrue(l.localized(ZH).contains("王五") && l.localized(ZH).contains("共青团员"), l.localized(ZH));
        assertTrue(org.members(ADMIN).isEmpty());
    }

    @Test
    void membershipDatesFitTheStatusAndAPersonIsAMemberOnceInAWorkUnitBranch() {
        Person probationary = f.person("赵六", yixing, PoliticalStatus.PROBATIONARY_MEMBER);
        ValidationException v = assertThrows(ValidationException.class, () -> org.addMember(ADMIN,
                new PartyMember(null, probationary.id(), yunjian.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1), null)));
        assertEquals("error.org.member.probationaryFull", problemKey(v, "member.fullOn"));
        v = assertThrows(ValidationException.class, () -> org.addMember(ADMIN,
                new PartyMember(null, probationary.id(), yunjian.id(), today.plusDays(1), null, null)));
        assertEquals("error.dateInFuture", problemKey(v, "member.joinedOn"));
        v = assertThrows(ValidationException.class, () -> org.addMember(ADMIN,
                new PartyMember(null, probationary.id(), yunjian.id(), JOINED, JOINED.minusDays(1), null)));
        assertEquals("error.org.member.fullBeforeJoined", problemKey(v, "member.fullOn"));

        Branch community = f.communityBranch("C01-DZB", "新村社区党支部", xincun.id());
        v = assertThrows(ValidationException.class, () -> org.addMember(ADMIN,
                new PartyMember(null, probationary.id(), community.id(), JOINED, null, null)));
        assertEquals("error.org.member.notWorkUnitBranch", problemKey(v, "member.branch"));

        PartyMember saved = org.addMember(OFFICE, new PartyMember(null, probationary.id(), yunjian.id(),
                LocalDate.of(2026, 1, 1), null, null));
        Branch other = f.workBranch("YX-YX", "营销党支部", yixing);
        ConsoleException twice = assertThrows(ConsoleException.class, () -> org.addMember(ADMIN,
                new PartyMember(null, probationary.id(), other.id(), JOINED, null, null)));
        assertEquals("error.org.member.twice", twice.key());
        assertTrue(twice.localized(ZH).contains("赵六") && twice.localized(ZH).contains("运检党支部"));

        PartyMember moved = org.updateMember(ADMIN, new PartyMember(saved.id(), saved.personId(), other.id(),
                saved.joinedOn(), null, saved.version()));
        assertEquals(other.id(), moved.branchId());
        assertEquals("营销党支部", org.member(ADMIN, saved.id()).branchName());
    }

    @Test
    void aWorkUnitSecretarySeesOnlyTheirMembersAndIsRefusedAnotherBranchsMember() {
        Branch yingxiao = f.workBranch("YX-YX", "营销党支部", yixing);
        PartyMember mine = f.member("张三", yixing, yunjian.id());
        PartyMember theirs = f.member("李四", yixing, yingxiao.id());
        f.enrol(theirs.id(), grid1.id(), LocalDate.of(2025, 3, 1));
        Session secretary = f.secretaryOf(yunjian.id(), "yj-secretary");

        assertEquals(List.of(mine.id()), org.members(secretary).stream().map(MemberRow::id).toList());
        assertEquals(List.of(yunjian.id()), org.branches(secretary).stream().map(BranchRow::id).toList());
        assertEquals("张三", org.member(secretary, mine.id()).name());
        ConsoleException e = assertThrows(ConsoleException.class, () -> org.member(secretary, theirs.id()));
        assertEquals("error.party.notYourBranch", e.key());
        assertTrue(e.localized(ZH).contains("李四"));
        assertEquals("error.party.notYourBranch",
                assertThrows(ConsoleException.class, () -> org.enrolments(secretary, theirs.id())).key());
        assertThrows(AccessDeniedException.class,
                () -> org.enrol(secretary, mine.id(), grid1.id(), today, GridRole.VOLUNTEER, null, null));
        assertTrue(org.members(SECRETARY).isEmpty(), "a secretary linked to no branch sees no member");
        assertEquals(2, org.members(VIEWER).size());
        // the first lines shown while the whole organisation's list is read: its first ones; none for a secretary
        f.member("阿明", yixing, yingxiao.id());
        assertEquals(3, org.members(VIEWER).size());
        assertEquals(org.members(VIEWER).subList(0, 2), org.firstMembers(VIEWER, 2));
        assertEquals(org.members(ADMIN).subList(0, 1), org.firstMembers(ADMIN, 1));
        assertTrue(org.firstMembers(secretary, 2).isEmpty(), "a branch's list is read whole at once");
    }

    @Test
    void aCommunitySecretarySeesTheMembersEnrolledInTheirCommunity() {
        Community other = f.community("C02", "老街社区");
        Grid otherGrid = f.grid(other.id(), "老街一网格");
        Branch community = f.communityBranch("C01-DZB", "新村社区党支部", xincun.id());
        PartyMember here = f.member("张三", yixing, yunjian.id());
        PartyMember there = f.member("李四", yixing, yunjian.id());
        f.member("王五", yixing, yunjian.id());
        f.enrol(here.id(), grid2.id(), LocalDate.of(2025, 3, 1));
        f.enrol(there.id(), otherGrid.id(), LocalDate.of(2025, 3, 1));
        Session secretary = f.secretaryOf(community.id(), "xc-secretary");

        List<MemberRow> seen = org.members(secretary);
        assertEquals(List.of("张三"), seen.stream().map(MemberRow::name).toList());
        assertEquals("新村社区", seen.get(0).communityName());
        assertEquals(1, org.branches(secretary).get(0).memberCount(), "a community branch counts its enrolled members");
        assertEquals("error.party.notYourBranch",
                assertThrows(ConsoleException.class, () -> org.member(secretary, there.id())).key());
    }

    @Test
    void branchCodesAndNamesAreUniqueAndEachKindNeedsItsPlace() {
        ValidationException v = assertThrows(ValidationException.class,
                () -> f.workBranch("yx-yj", "另一个支部", yixing));
        assertEquals("error.org.branch.codeTaken", problemKey(v, "branch.code"));
        assertTrue(v.localized(ZH).contains("运检党支部"), v.localized(ZH));
        v = assertThrows(ValidationException.class, () -> f.workBranch("YX-2", " 运检党支部 ", yixing));
        assertEquals("error.org.branch.nameTaken", problemKey(v, "branch.name"));
        v = assertThrows(ValidationException.class, () -> org.createBranch(ADMIN,
                new Branch(null, "X", "某支部", BranchKind.WORK_UNIT, null, xincun.id(), null, null, null)));
        assertEquals("error.org.branch.unitRequired", problemKey(v, "branch.unit"));
        v = assertThrows(ValidationException.class, () -> org.createBranch(ADMIN,
                new Branch(null, "X Y", "某支部", BranchKind.COMMUNITY, yixing.id(), null, null, null, null)));
        assertEquals("error.org.branch.communityRequired", problemKey(v, "branch.community"));
        assertEquals("error.unit.codeChars", problemKey(v, "branch.code"));
        f.communityBranch("C01-DZB", "新村社区党支部", xincun.id());
        v = assertThrows(ValidationException.class, () -> f.communityBranch("C01-2", "新村第二支部", xincun.id()));
        assertEquals("error.org.branch.communityTaken", problemKey(v, "branch.community"));
        assertEquals(2, org.branches(ADMIN).size());
    }

    @Test
    void theSecretaryAccountIsAnActivePartySecretaryLinkedToOneBranch() {
        Account office = t.services().accounts().create(ADMIN, Account.draft("office2", "办公室", Role.OFFICE_STAFF),
                "0123456789".toCharArray(), "0123456789".toCharArray());
        ValidationException v = assertThrows(ValidationException.class, () -> org.createBranch(ADMIN,
                new Branch(null, "YX-YX", "营销党支部", BranchKind.WORK_UNIT, yixing.id(), null, "某某", office.id(), null)));
        assertEquals("error.org.branch.notSecretary", problemKey(v, "branch.secretaryAccount"));
        Session secretary = f.secretaryOf(yunjian.id(), "yj-secretary");
        assertEquals(List.of("yj-secretary"), org.secretaryAccounts(ADMIN).stream().map(Account::username).toList());
        v = assertThrows(ValidationException.class, () -> org.createBranch(ADMIN, new Branch(null, "YX-YX", "营销党支部",
                BranchKind.WORK_UNIT, yixing.id(), null, "某某", secretary.accountId(), null)));
        assertEquals("error.org.branch.secretaryTaken", problemKey(v, "branch.secretaryAccount"));
        assertTrue(v.localized(ZH).contains("运检党支部"));
        assertEquals("yj-secretary", org.branches(ADMIN).get(0).secretaryUsername());
    }

    @Test
    void deletesAreRefusedWhileSomethingPointsThereAndSaySo() {
        PartyMember m = f.member("张三", yixing, yunjian.id());
        Enrolment e = f.enrol(m.id(), grid1.id(), LocalDate.of(2025, 3, 1));
        Branch branch = org.branches(ADMIN).get(0).branch();
        ConsoleException refused = assertThrows(ConsoleException.class, () -> org.deleteBranch(ADMIN, branch));
        assertEquals("error.org.branch.inUse", refused.key());
        assertEquals(List.of("运检党支部", 1, 0, 0), List.of(refused.args()));
        assertEquals("error.org.community.inUse",
                assertThrows(ConsoleException.class, () -> org.deleteCommunity(ADMIN, xincun)).key());
        ConsoleException grid = assertThrows(ConsoleException.class, () -> org.deleteGrid(ADMIN, grid1));
        assertEquals(List.of("第一网格", 1), List.of(grid.args()));
        assertEquals("error.org.member.inUse",
                assertThrows(ConsoleException.class, () -> org.removeMember(ADMIN, m)).key());
        org.endEnrolment(ADMIN, e.id(), LocalDate.of(2025, 4, 1));
        assertEquals("error.org.grid.inUse", assertThrows(ConsoleException.class, () -> org.deleteGrid(ADMIN, grid1)).key(),
                "ended enrolments are history and keep the grid");

        org.deleteGrid(ADMIN, grid2);
        assertEquals(List.of("第一网格"), org.grids(ADMIN, xincun.id()).stream().map(GridRow::name).toList());
        PartyMember other = f.member("李四", yixing, yunjian.id());
        org.removeMember(ADMIN, other);
        assertEquals(1, org.members(ADMIN).size());
        assertEquals(1, audit("PARTY_MEMBER").stream().filter(a -> a.action() == AuditAction.DELETE).count());
    }

    @Test
    void aPersonWhoIsAPartyMemberAndAUnitWithABranchAreNotDeletedAndTheRefusalCountsThem() {
        PartyMember m = f.member("张三", yixing, yunjian.id());
        Person person = t.services().people().get(ADMIN, m.personId());
        ConsoleException refused = assertThrows(ConsoleException.class,
                () -> t.services().people().delete(ADMIN, person.id(), person.version()));
        assertEquals("error.person.inUse", refused.key());
        assertEquals(List.of("张三", 0, 0, 1, 0), List.of(refused.args()));
        org.removeMember(ADMIN, m);
        Unit empty = t.unit("XX", "空单位", t.city());
        f.workBranch("XX-B", "空单位党支部", empty);
        ConsoleException unit = assertThrows(ConsoleException.class, () -> t.services().units().delete(ADMIN, empty));
        assertEquals(List.of("空单位", 0, 0, 0, 1, 0), List.of(unit.args()));
    }

    @Test
    void aViewerAndASecretaryReadButChangeNothing() {
        PartyMember m = f.member("张三", yixing, yunjian.id());
        for (Session who : List.of(VIEWER, SECRETARY)) {
            assertThrows(AccessDeniedException.class, () -> org.createBranch(who,
                    new Branch(null, "B", "某支部", BranchKind.WORK_UNIT, yixing.id(), null, null, null, null)));
            assertThrows(AccessDeniedException.class, () -> org.createCommunity(who, new Community(null, "C9", "某社区", "某街道", null)));
            assertThrows(AccessDeniedException.class, () -> org.createGrid(who, new Grid(null, xincun.id(), "某网格", "某人", null, null)));
            assertThrows(AccessDeniedException.class, () -> org.enrol(who, m.id(), grid1.id(), today, GridRole.VOLUNTEER, null, null));
            assertThrows(AccessDeniedException.class, () -> org.removeMember(who, m));
            assertThrows(AccessDeniedException.class, () -> org.secretaryAccounts(who));
        }
        assertEquals(1, org.branches(VIEWER).size());
        assertEquals(1, org.communities(VIEWER).size());
        assertFalse(org.member(VIEWER, m.id()).enrolled());
        assertEquals(List.of(), org.enrolments(VIEWER, m.id()));
    }

    @Test
    void theLeadersPhoneIsCheckedAndMaskedForRolesThatMayNotSeePhones() {
        ValidationException v = assertThrows(ValidationException.class,
                () -> org.createGrid(ADMIN, new Grid(null, xincun.id(), "第三网格", "李网格", "1234", null)));
        assertEquals("error.mobile.length", problemKey(v, "grid.leaderPhone"));
        v = assertThrows(ValidationException.class, () -> f.grid(xincun.id(), " 第一网格 "));
        assertEquals("error.org.grid.nameTaken", problemKey(v, "grid.name"));

        GridRow shown = org.grids(VIEWER, xincun.id()).get(0);
        assertEquals("139****5678", shown.grid().leaderPhone());
        assertEquals("13912345678", org.grids(OFFICE, xincun.id()).get(0).grid().leaderPhone());
        Grid renamed = org.updateGrid(ADMIN, new Grid(shown.id(), xincun.id(), shown.name(), "新网格长",
                shown.grid().leaderPhone(), shown.grid().version()));
        assertEquals("13912345678", renamed.leaderPhone(), "a masked phone left as shown keeps the stored one");
        assertFalse(audit("GRID").get(0).after().contains("13912345678"), "the audit never holds the phone in clear");
    }
}
