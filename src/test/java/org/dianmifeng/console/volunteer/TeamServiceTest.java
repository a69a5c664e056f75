package org.dianmifeng.console.volunteer;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.AuditEntry;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.core.ValidationException;
import org.dianmifeng.console.testing.PersonRows;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamServiceTest {
    @TempDir Path dir;
    TestServices t;
    TeamService teams;
    PersonRows people;
    Unit city;
    LocalDate today;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        teams = t.services().teams();
        people = new PersonRows(t.services().database());
        city = t.city();
        today = LocalDate.now(TestServices.CLOCK);
    }

    @AfterEach
    void close() {
        t.close();
    }

    Team draft(String name, LocalDate founded) {
        return new Team(null, name, TeamKind.PARTY_MEMBER, city.id(), null, founded, "蜜蜂行动", null, true, null);
    }

    @Test
    void validatesEveryFieldBeforeSaving() {
        Team bad = new Team(null, " ", null, null, null, today.plusDays(1), "b".repeat(101), "n".repeat(1001),
                true, null);
        ValidationException v = assertThrows(ValidationException.class, () -> teams.create(ADMIN, bad));
        for (String field : List.of("team.name", "team.kind", "team.unit", "team.foundedOn", "team.brand", "team.notes")) {
            assertTrue(v.hasProblem(field), field);
        }
        assertEquals("error.dateInFuture", problemKey(v, "team.foundedOn"));
        assertTrue(teams.list(ADMIN).isEmpty(), "nothing is half-saved");
        assertEquals("x".repeat(100), teams.create(ADMIN, draft("x".repeat(100), today)).name());
    }

    @Test
    void refusesADuplicateNameBesideTheNameField() {
        Team first = teams.create(ADMIN, draft("澄心澄意共产党员服务队", LocalDate.of(2020, 5, 1)));
        ValidationException v = assertThrows(ValidationException.class,
                () -> teams.create(ADMIN, draft("  澄心澄意共产党员服务队 ", null)));
        assertEquals("error.team.nameTaken", problemKey(v, "team.name"));
        String message = v.localized(Messages.of(Messages.CHINESE));
        assertTrue(message.contains("澄心澄意共产党员服务队"), message);
        Team other = teams.create(ADMIN, draft("蜜蜂行动志愿服务队", null));
        Team renamed = new Team(other.id(), first.name(), other.kind(), other.unitId(), null, null, null, null, true,
                other.version());
        assertThrows(ValidationException.class, () -> teams.update(ADMIN, renamed));
        assertEquals(2, teams.list(ADMIN).size());
    }

    @Test
    void aPersonIsInATeamOnceAndTheMessageNamesThem() {
        Team team = teams.create(ADMIN, draft("蜜蜂行动", LocalDate.of(2020, 1, 1)));
        PersonRef zhang = people.add("张三", city);
        teams.addMember(OFFICE, new TeamMember(null, team.id(), zhang, LocalDate.of(2021, 3, 5), TeamMemberRole.MEMBER, null));
        ConsoleException twice = assertThrows(ConsoleException.class, () -> teams.addMember(OFFICE,
                new TeamMember(null, team.id(), zhang, LocalDate.of(2022, 1, 1), TeamMemberRole.DEPUTY, null)));
        assertEquals("error.teamMember.twice", twice.key());
        assertTrue(twice.localized(Messages.of(Messages.CHINESE)).contains("张三"));
        assertTrue(twice.localized(Messages.of(Messages.ENGLISH)).contains("张三"));
        assertEquals(1, teams.members(VIEWER, team.id()).size());
        assertEquals(1, teams.get(VIEWER, team.id()).memberCount());
    }

    @Test
    void theJoinedDateIsNeitherBeforeTheFoundingNorInTheFuture() {
        Team team = teams.create(ADMIN, draft("蜜蜂行动", LocalDate.of(2021, 6, 1)));
        PersonRef li = people.add("李四", city);
        ValidationException early = assertThrows(ValidationException.class, () -> teams.addMember(ADMIN,
                new TeamMember(null, team.id(), li, LocalDate.of(2021, 5, 31), TeamMemberRole.MEMBER, null)));
        assertEquals("error.teamMember.beforeFounding", problemKey(early, "teamMember.joinedOn"));
        ValidationException late = assertThrows(ValidationException.class, () -> teams.addMember(ADMIN,
                new TeamMember(null, team.id(), li, today.plusDays(1), TeamMemberRole.MEMBER, null)));
        assertEquals("error.dateInFuture", problemKey(late, "teamMember.joinedOn"));
        assertTrue(teams.members(ADMIN, team.id()).isEmpty());
        TeamMember ok = teams.addMember(ADMIN, new TeamMember(null, team.id(), li, LocalDate.of(2021, 6, 1),
                TeamMemberRole.CAPTAIN, null));
        assertEquals(TeamMemberRole.CAPTAIN, ok.role());
        Team moved = new Team(team.id(), team.name(), team.kind(), team.unitId(), null, LocalDate.of(2022, 1, 1),
                team.brand(), null, true, team.version());
        ValidationException founding = assertThrows(ValidationException.class, () -> teams.update(ADMIN, moved));
        assertEquals("error.team.memberBeforeFounding", problemKey(founding, "team.foundedOn"));
    }

    @Test
    void aViewerIsRefusedByTheServiceButMayRead() {
        Team team = teams.create(ADMIN, draft("蜜蜂行动", null));
        PersonRef wang = people.add("王五", city);
        assertThrows(AccessDeniedException.class, () -> teams.create(VIEWER, draft("另一队", null)));
        assertThrows(AccessDeniedException.class, () -> teams.update(VIEWER, team));
        assertThrows(AccessDeniedException.class, () -> teams.setActive(VIEWER, team, false));
        assertThrows(AccessDeniedException.class, () -> teams.addMember(VIEWER,
                new TeamMember(null, team.id(), wang, today, TeamMemberRole.MEMBER, null)));
        TeamMember member = teams.addMember(ADMIN, new TeamMember(null, team.id(), wang, today, TeamMemberRole.MEMBER, null));
        assertThrows(AccessDeniedException.class, () -> teams.changeRole(VIEWER, member, TeamMemberRole.CAPTAIN));
        assertThrows(AccessDeniedException.class, () -> teams.removeMember(VIEWER, member));
        assertEquals(List.of("蜜蜂行动"), teams.list(VIEWER).stream().map(TeamRow::name).toList());
        assertEquals(TeamMemberRole.MEMBER, teams.members(VIEWER, team.id()).get(0).role());
    }

    @Test
    void changesAreAuditedWithBeforeAndAfter() {
        PersonRef leader = people.add("赵六", city);
        Team team = teams.create(OFFICE, new Team(null, "青年志愿服务队", TeamKind.YOUTH, city.id(), leader.id(),
                LocalDate.of(2020, 3, 1), null, null, true, null));
        TeamMember m = teams.addMember(OFFICE, new TeamMember(null, team.id(), leader, LocalDate.of(2020, 3, 1),
                TeamMemberRole.MEMBER, null));
        teams.changeRole(OFFICE, m, TeamMemberRole.CAPTAIN);
        teams.setActive(OFFICE, team, false);

        List<AuditEntry> teamLog = t.services().audit().find(ADMIN, new AuditFilter(null, null, null, "TEAM", null, 10));
        assertEquals(List.of(AuditAction.UPDATE, AuditAction.CREATE), teamLog.stream().map(AuditEntry::action).toList());
        assertEquals("office", teamLog.get(0).username());
        assertTrue(teamLog.get(0).before().contains("active=true"));
        assertTrue(teamLog.get(0).after().contains("active=false"));
        assertTrue(teamLog.get(1).after().contains("leaderId=" + leader.id() + " " + leader.name()));

        List<AuditEntry> memberLog = t.services().audit().find(ADMIN,
                new AuditFilter(null, null, null, "TEAM_MEMBER", null, 10));
        assertEquals(2, memberLog.size());
        assertTrue(memberLog.get(0).before().contains("role=TeamMemberRole.MEMBER"));
        assertTrue(memberLog.get(0).after().contains("role=TeamMemberRole.CAPTAIN"));
        assertTrue(memberLog.get(0).summary().contains("赵六"));

        TeamMember current = teams.members(ADMIN, team.id()).get(0);
        teams.removeMember(OFFICE, current);
        AuditEntry removal = t.services().audit().find(ADMIN, new AuditFilter(null, null, null, "TEAM_MEMBER", null, 1)).get(0);
        assertEquals(AuditAction.DELETE, removal.action());
        assertNull(removal.after());
        assertEquals(0, teams.get(ADMIN, team.id()).memberCount());
    }

    @Test
    void theSecondOfTwoEditsIsToldItIsStale() {
        Team team = teams.create(ADMIN, draft("蜜蜂行动", null));
        Team first = new Team(team.id(), "蜜蜂行动一", team.kind(), team.unitId(), null, null, "甲", null, true, team.version());
        Team second = new Team(team.id(), "蜜蜂行动二", team.kind(), team.unitId(), null, null, "乙", null, true, team.version());
        teams.update(ADMIN, first);
        assertThrows(StaleDataException.class, () -> teams.update(OFFICE, second));
        TeamRow now = teams.get(ADMIN, team.id());
        assertEquals("蜜蜂行动一", now.name());
        Team retried = teams.update(OFFICE, second.withVersion(now.team().version()));
        assertEquals("蜜蜂行动二", retried.name());

        PersonRef p = people.add("孙七", city);
        TeamMember m = teams.addMember(ADMIN, new TeamMember(null, team.id(), p, today, TeamMemberRole.MEMBER, null));
        teams.changeRole(ADMIN, m, TeamMemberRole.DEPUTY);
        assertThrows(StaleDataException.class, () -> teams.changeRole(OFFICE, m, TeamMemberRole.CAPTAIN));
        assertThrows(StaleDataException.class, () -> teams.removeMember(OFFICE, m));
        assertEquals(TeamMemberRole.DEPUTY, teams.members(ADMIN, team.id()).get(0).role());
    }

    @Test
    void listsTeamsWithUnitLeaderAndMemberCount() {
        PersonRef a = people.add("甲", city);
        PersonRef b = people.add("乙", city);
        Team team = teams.create(ADMIN, new Team(null, "职工志愿服务队", TeamKind.STAFF, city.id(), a.id(), null, null,
                null, true, null));
        teams.create(ADMIN, draft("空队", null));
        teams.addMember(ADMIN, new TeamMember(null, team.id(), a, today, TeamMemberRole.CAPTAIN, null));
        teams.addMember(ADMIN, new TeamMember(null, team.id(), b, today, TeamMemberRole.MEMBER, null));
        TeamRow row = teams.list(VIEWER).stream().filter(r -> r.id() == team.id()).findFirst().orElseThrow();
        assertEquals(2, row.memberCount());
        assertEquals(city.name(), row.unitName());
        assertEquals("甲", row.leader().name());
        TeamRow empty = teams.list(VIEWER).stream().filter(r -> r.name().equals("空队")).findFirst().orElseThrow();
        assertEquals(0, empty.memberCount());
        assertNull(empty.leader());
        assertFalse(teams.setActive(ADMIN, team, false).active());
        ConsoleException inactive = assertThrows(ConsoleException.class, () -> teams.addMember(ADMIN,
                new TeamMember(null, team.id(), people.add("丙", city), today, TeamMemberRole.MEMBER, null)));
        assertEquals("error.team.inactive", inactive.key());
    }

    private static String problemKey(ValidationException v, String field) {
        return v.problems().stream().filter(p -> p.field().equals(field)).findFirst().orElseThrow().key();
    }
}
