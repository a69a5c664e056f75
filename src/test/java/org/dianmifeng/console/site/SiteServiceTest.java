package org.dianmifeng.console.site;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.SECRETARY;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.AuditEntry;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.AuditTexts;
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
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteServiceTest {
    static final Session LEADER = new Session(5, "leader", "队长", Role.TEAM_LEADER);
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 12, 31);
    @TempDir Path dir;
    TestServices t;
    SiteService sites;
    Unit yixing;
    Unit dingshu;
    Person manager;
    LocalDate today;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        sites = t.services().sites();
        Unit city = t.city();
        yixing = t.unit("YX", "宜兴市供电公司", city);
        dingshu = t.unit("YX-DS", "丁蜀供电所", yixing);
        manager = t.person("王芳", "32028219850101122", dingshu);
        today = LocalDate.now(TestServices.CLOCK);
    }

    @AfterEach
    void close() {
        t.close();
    }

    Site draft(String code, String name, Unit unit) {
        return new Site(null, code, name, SiteKind.BEE_POST, unit.id(), "宜兴市丁蜀镇陶都路188号",
                EnumSet.of(Amenity.WATER, Amenity.REST, Amenity.CHARGING), "全天开放", manager.id(), SiteStatus.OPEN,
                LocalDate.of(2023, 4, 1), null, null);
    }

    List<AuditEntry> audit() {
        return t.services().audit().find(ADMIN, new AuditFilter(null, null, null, SiteService.ENTITY, null, 1000));
    }

    static String problemKey(ValidationException v, String field) {
        return v.problems().stream().filter(p -> p.field().equals(field)).findFirst().orElseThrow().key();
    }

    @Test
    void createsASiteWithItsAmenitiesAndAuditsIt() {
        Site saved = sites.create(OFFICE, draft(" yx-bp-02 ", " 丁蜀电蜜蜂驿站 ", dingshu));
        assertEquals("YX-BP-02", saved.code(), "the code is trimmed and upper-cased");
        assertEquals("丁蜀电蜜蜂驿站", saved.name());
        assertEquals(EnumSet.of(Amenity.WATER, Amenity.REST, Amenity.CHARGING), saved.amenities());
        SiteRow row = sites.get(VIEWER, saved.id(), FROM, TO);
        assertEquals("丁蜀供电所", row.unitName());
        assertEquals("王芳", row.managerName());
        List<AuditEntry> log = audit();
        assertEquals(1, log.size());
        String lines = AuditTexts.lines(Messages.of(Messages.CHINESE), SiteService.ENTITY, log.get(0).after());
        assertTrue(lines.contains("王芳"), "the manager is named in the audit: " + lines);
        assertTrue(lines.contains("饮水"), "amenities read in the reader's language: " + lines);
    }

    @Test
    void validatesEveryFieldAndSavesNothingHalf() {
        Site bad = new Site(null, "YX BP", " ", null, null, " ", Set.of(), "h".repeat(101), null, SiteStatus.OPEN,
                today.plusDays(1), "n".repeat(1001), null);
        ValidationException v = assertThrows(ValidationException.class, () -> sites.create(OFFICE, bad));
        assertEquals("error.site.codeFormat", problemKey(v, "site.code"));
        assertEquals("error.required", problemKey(v, "site.name"));
        assertEquals("error.required", problemKey(v, "site.kind"));
        assertEquals("error.required", problemKey(v, "site.unit"));
        assertEquals("error.required", problemKey(v, "site.address"));
        assertEquals("error.tooLong", problemKey(v, "site.openingHours"));
        assertEquals("error.dateInFuture", problemKey(v, "site.establishedOn"));
        assertEquals("error.tooLong", problemKey(v, "site.notes"));
        assertTrue(v.localized(Messages.of(Messages.ENGLISH)).contains("YX BP"));
        assertTrue(sites.list(ADMIN, SiteFilter.ALL, FROM, TO).isEmpty());
        Site onToday = new Site(null, "YX-1", "宜城驿站", SiteKind.BEE_POST, dingshu.id(), "宜兴市宜城街道", Set.of(), null,
                null, null, today, null, null);
        assertEquals(SiteStatus.OPEN, sites.create(OFFICE, onToday).status(), "a new site is open unless told");
    }

    @Test
    void codeAndNameAreUniqueAndTheMessageNamesTheOtherSite() {
        Site first = sites.create(OFFICE, draft("YX-BP-02", "丁蜀电蜜蜂驿站", dingshu));
        ValidationException code = assertThrows(ValidationException.class,
                () -> sites.create(OFFICE, draft("yx-bp-02", "张渚电蜜蜂驿站", dingshu)));
        assertEquals("error.site.codeTaken", problemKey(code, "site.code"));
        assertTrue(code.localized(Messages.of(Messages.CHINESE)).contains("丁蜀电蜜蜂驿站"));
        ValidationException name = assertThrows(ValidationException.class,
                () -> sites.create(OFFICE, draft("YX-BP-03", "丁蜀电蜜蜂驿站 ", dingshu)));
        assertEquals("error.site.nameTaken", problemKey(name, "site.name"));
        Site second = sites.create(OFFICE, draft("YX-BP-03", "张渚电蜜蜂驿站", dingshu));
        Site clash = new Site(second.id(), first.code(), second.name(), second.kind(), second.unitId(),
                second.address(), second.amenities(), null, null, SiteStatus.OPEN, null, null, second.version());
        assertThrows(ValidationException.class, () -> sites.update(OFFICE, clash));
        Site renamed = new Site(first.id(), first.code(), "丁蜀“蜜蜂行动”驿站", first.kind(), first.unitId(),
                first.address(), first.amenities(), null, null, SiteStatus.OPEN, null, null, first.version());
        assertEquals("丁蜀“蜜蜂行动”驿站", sites.update(OFFICE, renamed).name(), "a site keeps its own code");
    }

    @Test
    void theUnitAndTheManagerMustExist() {
        Site noUnit = new Site(null, "X-1", "某站", SiteKind.BEE_STATION, 9999L, "地址", Set.of(), null, null,
                SiteStatus.OPEN, null, null, null);
        assertEquals("error.site.unitMissing",
                problemKey(assertThrows(ValidationException.class, () -> sites.create(OFFICE, noUnit)), "site.unit"));
        Site noManager = new Site(null, "X-1", "某站", SiteKind.BEE_STATION, dingshu.id(), "地址", Set.of(), null, 9999L,
                SiteStatus.OPEN, null, null, null);
        assertEquals("error.site.managerMissing", problemKey(
                assertThrows(ValidationException.class, () -> sites.create(OFFICE, noManager)), "site.manager"));
    }

    @Test
    void onlyRolesWithSiteEditChangeSitesAndEveryRoleReads() {
        Site saved = sites.create(ADMIN, draft("YX-BP-02", "丁蜀电蜜蜂驿站", dingshu));
        for (Session who : List.of(VIEWER, SECRETARY, LEADER)) {
            assertThrows(AccessDeniedException.class, () -> sites.create(who, draft("YX-9", "别的站", dingshu)));
            assertThrows(AccessDeniedException.class, () -> sites.update(who, saved));
            assertThrows(AccessDeniedException.class, () -> sites.close(who, saved));
            assertEquals(1, sites.list(who, SiteFilter.ALL, FROM, TO).size());
        }
    }

    @Test
    void staleEditsAreRefusedAndClosingTwiceIsRefused() {
        Site saved = sites.create(OFFICE, draft("YX-BP-02", "丁蜀电蜜蜂驿站", dingshu));
        Site closed = sites.close(OFFICE, saved);
        assertEquals(SiteStatus.CLOSED, closed.status());
        assertThrows(StaleDataException.class, () -> sites.update(OFFICE, saved), "saved with the version before");
        ConsoleException twice = assertThrows(ConsoleException.class, () -> sites.close(OFFICE, closed));
        assertEquals("error.site.closedAlready", twice.key());
        assertEquals(2, audit().size());
        assertTrue(audit().get(0).before().contains("SiteStatus.OPEN"));
    }

    @Test
    void filtersByUnitTreeKindStatusAndText() {
        Unit jiangyin = t.unit("JY", "江阴市供电公司", t.city());
        sites.create(OFFICE, draft("YX-BP-02", "丁蜀电蜜蜂驿站", dingshu));
        sites.create(OFFICE, new Site(null, "JY-PS-01", "江阴澄江新时代文明实践站", SiteKind.PRACTICE_STATION, jiangyin.id(),
                "江阴市澄江街道人民中路225号", Set.of(Amenity.READING), null, null, SiteStatus.SUSPENDED, null, null, null));
        assertEquals(List.of("YX-BP-02"), codes(new SiteFilter(yixing.id(), null, null, null)), "units below count");
        assertEquals(List.of("JY-PS-01"), codes(new SiteFilter(null, SiteKind.PRACTICE_STATION, null, null)));
        assertEquals(List.of("JY-PS-01"), codes(new SiteFilter(null, null, SiteStatus.SUSPENDED, null)));
        assertEquals(List.of("YX-BP-02"), codes(new SiteFilter(null, null, null, "陶都路")));
        assertEquals(List.of("YX-BP-02"), codes(new SiteFilter(null, null, null, "王芳")), "by manager");
    }

    List<String> codes(SiteFilter f) {
        return sites.list(VIEWER, f, FROM, TO).stream().map(r -> r.site().code()).toList();
    }

    @Test
    void theFiguresCountApprovedHoursOnlyWithinThePeriod() {
        Site post = sites.create(OFFICE, draft("YX-BP-02", "丁蜀电蜜蜂驿站", dingshu));
        Site other = sites.create(OFFICE, draft("YX-BP-03", "张渚电蜜蜂驿站", dingshu));
        Team team = t.services().teams().create(ADMIN, new Team(null, "蜜蜂行动青年志愿服务队", TeamKind.YOUTH,
                yixing.id(), null, null, null, null, true, null));
        Person li = t.person("李娜", "32028219900101124", dingshu);
        Person zhao = t.person("赵强", "32028219920202123", dingshu);
        VolunteerWorkFixtures f = new VolunteerWorkFixtures(t);
        long inside = f.activity("安全用电宣讲", "LECTURE", team, post.id(), LocalDateTime.of(2026, 3, 5, 9, 0), "3.0");
        f.hours(inside, team, LocalDate.of(2026, 3, 5), li, "2.5", "APPROVED");
        f.hours(inside, team, LocalDate.of(2026, 3, 5), zhao, "3.0", "ENTERED");
        long lastDay = f.activity("驿站值守", "SERVICE", team, post.id(), LocalDateTime.of(2026, 12, 31, 18, 0), "4.0");
        f.hours(lastDay, team, LocalDate.of(2026, 12, 31), li, "1.5", "APPROVED");
        f.hours(lastDay, team, LocalDate.of(2026, 12, 31), zhao, "2.0", "DECLINED");
        long before = f.activity("去年值守", "SERVICE", team, post.id(), LocalDateTime.of(2025, 12, 31, 9, 0), "4.0");
        f.hours(before, team, LocalDate.of(2025, 12, 31), zhao, "4.0", "APPROVED");
        long elsewhere = f.activity("张渚宣讲", "LECTURE", team, other.id(), LocalDateTime.of(2026, 6, 1, 9, 0), "2.0");
        f.hours(elsewhere, team, LocalDate.of(2026, 6, 1), zhao, "2.0", "APPROVED");

        SiteRow row = sites.get(VIEWER, post.id(), FROM, TO);
        assertEquals(2, row.activities(), "the two activities of 2026, not the one of 2025");
        assertEquals(1, row.volunteers(), "李娜 only: 赵强's hours there were entered or declined, or in 2025");
        assertEquals(new BigDecimal("4.0"), row.hours());
        SiteRow lastYear = sites.get(VIEWER, post.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertEquals(1, lastYear.activities());
        assertEquals(new BigDecimal("4.0"), lastYear.hours());
        SiteRow otherRow = sites.get(VIEWER, other.id(), FROM, TO);
        assertEquals(new BigDecimal("2.0"), otherRow.hours());
        SiteRow none = sites.get(VIEWER, other.id(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertEquals(0, none.activities());
        assertEquals(new BigDecimal("0.0"), none.hours());
        assertThrows(ConsoleException.class, () -> sites.list(VIEWER, SiteFilter.ALL, TO, FROM));
    }
}
