package org.dianmifeng.console.volunteer;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.SECRETARY;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.AuditEntry;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.core.ValidationException;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.VolunteerWorkFixtures;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VolunteerServiceTest {
    static final Session LEADER = new Session(5, "leader", "队长", Role.TEAM_LEADER);
    @TempDir Path dir;
    TestServices t;
    VolunteerService volunteers;
    Unit yixing;
    Unit jiangyin;
    Person wang;
    LocalDate today;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        volunteers = t.services().volunteers();
        Unit city = t.city();
        yixing = t.unit("YX", "宜兴市供电公司", city);
        jiangyin = t.unit("JY", "江阴市供电公司", city);
        wang = t.person("王芳", "32028219850101122", yixing);
        today = LocalDate.now(TestServices.CLOCK);
    }

    @AfterEach
    void close() {
        t.close();
    }

    List<AuditEntry> audit() {
        return t.services().audit().find(ADMIN, new AuditFilter(null, null, null, VolunteerService.ENTITY, null, 1000));
    }

    static String problemKey(ValidationException v, String field) {
        return v.problems().stream().filter(p -> p.field().equals(field)).findFirst().orElseThrow().key();
    }

    @Test
    void registeringGivesTheNextNumberOfTheYearNeverTheIdNumber() {
        Person li = t.person("李娜", "32028219900101124", yixing);
        Volunteer first = volunteers.register(OFFICE, wang.id(), LocalDate.of(2026, 3, 1));
        assertEquals("V2026000001", first.volunteerNo());
        assertEquals(VolunteerStatus.ACTIVE, first.status());
        Volunteer second = volunteers.register(OFFICE, li.id(), LocalDate.of(2026, 5, 1));
        assertEquals("V2026000002", second.volunteerNo());
        assertFalse(second.volunteerNo().contains(li.idNumber().substring(6, 14)), "nothing of the ID number");
        assertEquals("V2026000001", t.services().people().get(ADMIN, wang.id()).volunteerNo(),
                "the number is the person's");
        assertEquals(2, audit().size());
        assertTrue(audit().get(0).summary().contains("V2026000002"));
    }

    @Test
    void aPersonWithANumberKeepsItAndTheSequenceSkipsNumbersTaken() {
        Person zhao = t.services().people().create(ADMIN, withNumber(TestServices.draft("赵强", "32028219920202123",
                yixing), "V2025000007"));
        Volunteer kept = volunteers.detail(OFFICE, zhao.id()).row().volunteer();
        assertEquals("V2025000007", kept.volunteerNo());
        Volunteer next = volunteers.register(OFFICE, wang.id(), LocalDate.of(2025, 6, 1));
        assertEquals("V2025000008", next.volunteerNo(), "after the highest number of 2025 there is");
    }

    static Person withNumber(Person p, String volunteerNo) {
        return new Person(p.id(), p.name(), p.gender(), p.birthDate(), p.idNumber(), p.mobile(), p.unitId(),
                p.employeeNo(), p.politicalStatus(), volunteerNo, p.skills(), p.notes(), p.version());
    }

    @Test
    void aPersonGivenANumberInThePersonFormIsRegisteredInTheSameSaveAndKeepsTheNumber() {
        Person zhao = t.services().people().create(OFFICE, withNumber(TestServices.draft("赵强", "32028219920202123",
                yixing), "V2025000007"));
        Volunteer created = volunteers.detail(OFFICE, zhao.id()).row().volunteer();
        assertEquals(VolunteerStatus.ACTIVE, created.status());
        assertEquals(today, created.registeredOn(), "registered on the day the number was given");
        assertThrows(StaleDataException.class, () -> volunteers.detail(OFFICE, wang.id()), "no number, no registration");

        Person edited = withNumber(t.services().people().get(OFFICE, wang.id()), "V2026000042");
        t.services().people().update(OFFICE, edited);
        Volunteer given = volunteers.detail(OFFICE, wang.id()).row().volunteer();
        assertEquals("V2026000042", given.volunteerNo());
        assertEquals(today, given.registeredOn());
        List<AuditEntry> log = audit();
        assertEquals(2, log.size(), "each registration audited as the volunteers screen audits one: " + log);
        assertTrue(log.stream().anyMatch(e -> e.summary().equals("V2026000042 王芳")), log.toString());
        ConsoleException twice = assertThrows(ConsoleException.class,
                () -> volunteers.register(OFFICE, wang.id(), today));
        assertEquals("error.volunteer.registeredAlready", twice.key());

        Person cleared = withNumber(t.services().people().get(OFFICE, wang.id()), null);
        ValidationException kept = assertThrows(ValidationException.class,
                () -> t.services().people().update(OFFICE, cleared));
        assertEquals("error.person.volunteerNoKept", problemKey(kept, "person.volunteerNo"));
        assertEquals("V2026000042", t.services().people().get(OFFICE, wang.id()).volunteerNo());
    }

    @Test
    void registeringTwiceOrInTheFutureOrWithoutADateIsRefused() {
        ValidationException future = assertThrows(ValidationException.class,
                () -> volunteers.register(OFFICE, wang.id(), today.plusDays(1)));
        assertEquals("error.dateInFuture", problemKey(future, "volunteer.registeredOn"));
        assertEquals("error.required", problemKey(assertThrows(ValidationException.class,
                () -> volunteers.register(OFFICE, wang.id(), null)), "volunteer.registeredOn"));
        assertTrue(volunteers.list(ADMIN, VolunteerFilter.ALL).isEmpty(), "nothing half-saved");
        assertNull(t.services().people().get(ADMIN, wang.id()).volunteerNo(), "no number given either");
        volunteers.register(OFFICE, wang.id(), today);
        ConsoleException twice = assertThrows(ConsoleException.class,
                () -> volunteers.register(OFFICE, wang.id(), today));
        assertEquals("error.volunteer.registeredAlready", twice.key());
        assertTrue(twice.localized(Messages.of(Messages.ENGLISH)).contains("王芳"));
    }

    @Test
    void aStatusChangeNeedsAReasonAndAnotherStatusAndIsAudited() {
        Volunteer v = volunteers.register(OFFICE, wang.id(), LocalDate.of(2024, 4, 1));
        ValidationException noReason = assertThrows(ValidationException.class,
                () -> volunteers.changeStatus(OFFICE, v, VolunteerStatus.PAUSED, "  "));
        assertEquals("error.required", problemKey(noReason, "volunteer.reason"));
        ValidationException same = assertThrows(ValidationException.class,
                () -> volunteers.changeStatus(OFFICE, v, VolunteerStatus.ACTIVE, "仍在服务"));
        assertEquals("error.volunteer.sameStatus", problemKey(same, "volunteer.status"));
        assertEquals("error.tooLong", problemKey(assertThrows(ValidationException.class,
                () -> volunteers.changeStatus(OFFICE, v, VolunteerStatus.LEFT, "r".repeat(201))), "volunteer.reason"));
        Volunteer paused = volunteers.changeStatus(OFFICE, v, VolunteerStatus.PAUSED, " 外派挂职一年 ");
        assertEquals(VolunteerStatus.PAUSED, paused.status());
        assertEquals("外派挂职一年", paused.statusReason());
        assertEquals(today, paused.statusChangedOn());
        assertThrows(StaleDataException.class, () -> volunteers.changeStatus(OFFICE, v, VolunteerStatus.LEFT, "调离"),
                "a change on what was read before the pause");
        Volunteer back = volunteers.changeStatus(ADMIN, paused, VolunteerStatus.ACTIVE, "挂职结束");
        assertEquals(VolunteerStatus.ACTIVE, back.status());
        AuditEntry last = audit().get(0);
        assertTrue(last.before().contains("外派挂职一年") && last.after().contains("挂职结束"), last.after());
        assertEquals(3, audit().size());
    }

    @Test
    void onlyStaffRegisterAndChangeStatusEveryRoleReads() {
        Volunteer v = volunteers.register(ADMIN, wang.id(), LocalDate.of(2024, 4, 1));
        Person li = t.person("李娜", "32028219900101124", yixing);
        for (Session who : List.of(VIEWER, SECRETARY, LEADER)) {
            assertThrows(AccessDeniedException.class, () -> volunteers.register(who, li.id(), today));
            assertThrows(AccessDeniedException.class,
                    () -> volunteers.changeStatus(who, v, VolunteerStatus.PAUSED, "理由"));
            assertEquals(1, volunteers.list(who, VolunteerFilter.ALL).size());
        }
    }

    /** The team 蜜蜂行动青年志愿服务队 of 宜兴 with {@code member}, joined on {@code joined}. */
    private Team teamOf(Person member, LocalDate joined) {
        Team team = t.services().teams().create(ADMIN, new Team(null, "蜜蜂行动青年志愿服务队", TeamKind.YOUTH,
                yixing.id(), null, null, null, null, true, null));
        t.services().teams().addMember(ADMIN, new TeamMember(null, team.id(),
                new org.dianmifeng.console.unit.PersonRef(member.id(), member.name(), null, null, null), joined,
                TeamMemberRole.MEMBER, null));
        return team;
    }

    @Test
    void theFirstLinesAreTheListsFirstInItsOrderWithTheirTeamsAndHours() {
        Person li = t.person("李娜", "32028219900101124", jiangyin);
        Person zhang = t.person("张敏", "32028219880808005", yixing);
        Person an = t.person("安然", "32028219910909006", jiangyin);
        for (Person p : List.of(wang, li, zhang, an)) {
            volunteers.register(OFFICE, p.id(), LocalDate.of(2025, 4, 1));
        }
        Team team = teamOf(li, LocalDate.of(2025, 5, 1));
        VolunteerWorkFixtures f = new VolunteerWorkFixtures(t);
        long a = f.activity("宣讲", "LECTURE", team, null, LocalDateTime.of(2026, 3, 1, 9, 0), "4.0");
        f.hours(a, team, LocalDate.of(2026, 3, 1), li, "3.5", "APPROVED");
        f.hours(a, team, LocalDate.of(2026, 3, 1), zhang, "1.0", "APPROVED");

        List<VolunteerRow> all = volunteers.list(VIEWER, VolunteerFilter.ALL);
        assertEquals(4, all.size());
        assertEquals(yixing.id(), all.get(0).unitId(), "宜兴 comes before 江阴 in the company's order");
        for (int n = 1; n <= 4; n++) { // 2 and 3 take the second unit's first volunteers too
            assertEquals(all.subList(0, n), volunteers.firstLines(VIEWER, n), n + " lines");
        }
        assertEquals(all, volunteers.firstLines(VIEWER, 100));
        VolunteerRow liRow = volunteers.firstLines(VIEWER, 4).stream().filter(r -> r.name().equals("李娜")).findFirst()
                .orElseThrow();
        assertEquals(List.of("蜜蜂行动青年志愿服务队"), liRow.teamNames());
        assertEquals(new BigDecimal("3.5"), liRow.hoursYear());
    }

    @Test
    void theListCountsApprovedHoursInTotalAndThisYearWithTeamsAndFilters() {
        Volunteer v = volunteers.register(OFFICE, wang.id(), LocalDate.of(2024, 4, 1));
        Person li = t.person("李娜", "32028219900101124", jiangyin);
        volunteers.register(OFFICE, li.id(), LocalDate.of(2025, 4, 1));
        Team team = teamOf(wang, LocalDate.of(2024, 5, 1));
        VolunteerWorkFixtures f = new VolunteerWorkFixtures(t);
        long a2025 = f.activity("宣讲", "LECTURE", team, null, LocalDateTime.of(2025, 12, 31, 9, 0), "4.0");
        f.hours(a2025, team, LocalDate.of(2025, 12, 31), wang, "3.5", "APPROVED");
        long a2026 = f.activity("值守", "SERVICE", team, null, LocalDateTime.of(2026, 1, 1, 9, 0), "4.0");
        f.hours(a2026, team, LocalDate.of(2026, 1, 1), wang, "2.0", "APPROVED");
        long b2026 = f.activity("值守二", "SERVICE", team, null, LocalDateTime.of(2026, 2, 1, 9, 0), "4.0");
        f.hours(b2026, team, LocalDate.of(2026, 2, 1), wang, "4.0", "ENTERED");
        f.hours(b2026, team, LocalDate.of(2026, 2, 1), li, "4.0", "DECLINED");

        VolunteerRow row = volunteers.list(VIEWER, new VolunteerFilter(null, team.id(), null, null)).get(0);
        assertEquals("王芳", row.name());
        assertEquals(new BigDecimal("5.5"), row.hoursTotal(), "approved only");
        assertEquals(new BigDecimal("2.0"), row.hoursYear(), "2026 only");
        assertEquals(List.of("蜜蜂行动青年志愿服务队"), row.teamNames());
        VolunteerRow liRow = volunteers.list(VIEWER, new VolunteerFilter(jiangyin.id(), null, null, null)).get(0);
        assertEquals(new BigDecimal("0.0"), liRow.hoursTotal(), "declined hours do not count");
        volunteers.changeStatus(OFFICE, v, VolunteerStatus.LEFT, "调离无锡供电公司");
        assertEquals(List.of("王芳"), volunteers.list(VIEWER, new VolunteerFilter(null, null, VolunteerStatus.LEFT, null))
                .stream().map(VolunteerRow::name).toList());
        assertEquals(1, volunteers.list(VIEWER, new VolunteerFilter(null, null, null, "调离")).size());
        assertEquals(1, volunteers.list(VIEWER, new VolunteerFilter(null, null, null, "V2025")).size());

        VolunteerDetail detail = volunteers.detail(VIEWER, wang.id());
        assertEquals(List.of(new VolunteerYear(2026, 1, new BigDecimal("2.0")),
                new VolunteerYear(2025, 1, new BigDecimal("3.5"))), detail.years());
        assertEquals(TeamMemberRole.MEMBER, detail.teams().get(0).role());
    }
}
