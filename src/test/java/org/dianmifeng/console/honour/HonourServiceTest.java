package org.dianmifeng.console.honour;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.SECRETARY;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.AuditEntry;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.core.ValidationException;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HonourServiceTest {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    @TempDir Path dir;
    TestServices t;
    HonourService honours;
    Unit city;
    Unit yixing;
    Unit station;
    Unit jiangyin;
    Team team;
    Person person;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        honours = t.services().honours();
        city = t.city();
        yixing = t.unit("YX", "宜兴市供电公司", city);
        station = t.unit("YX-DS", "丁蜀供电所", yixing);
        jiangyin = t.unit("JY", "江阴市供电公司", city);
        team = t.services().teams().create(ADMIN, new Team(null, "宜兴市供电公司“蜜蜂行动”青年志愿服务队", TeamKind.YOUTH,
                station.id(), null, null, "蜜蜂行动", null, true, null));
        person = t.person("张伟", "32028219900101123", jiangyin);
    }

    @AfterEach
    void close() {
        t.close();
    }

    static Honour draft(String title, int year, RecipientKind kind, long recipientId) {
        return new Honour(null, title, HonourLevel.PROVINCIAL, "志愿服务组织", "江苏省文明办", year, null, kind, recipientId,
                "JS-2021-0001", null, null);
    }

    Honour teamHonour() {
        return honours.create(OFFICE, draft("江苏省优秀志愿服务组织", 2021, RecipientKind.TEAM, team.id()));
    }

    List<AuditEntry> audit() {
        return t.services().audit().find(ADMIN, new AuditFilter(null, null, null, HonourService.ENTITY, null, 1000));
    }

    @Test
    void everyRoleListsHonoursWithTheRecipientAndTheUnitItBelongsTo() {
        teamHonour();
        honours.create(ADMIN, draft("宜兴市文明单位", 2024, RecipientKind.UNIT, yixing.id()));
        honours.create(ADMIN, draft("江阴市优秀共产党员", 2026, RecipientKind.PERSON, person.id()));
        for (Session who : List.of(ADMIN, OFFICE, VIEWER, SECRETARY)) {
            List<HonourRow> rows = honours.list(who, HonourFilter.ALL);
            assertEquals(List.of("江阴市优秀共产党员", "宜兴市文明单位", "江苏省优秀志愿服务组织"),
                    rows.stream().map(r -> r.honour().title()).toList(), "newest year first: " + who.role());
        }
        List<HonourRow> rows = honours.list(VIEWER, HonourFilter.ALL);
        assertEquals(List.of("张伟", "宜兴市供电公司", "宜兴市供电公司“蜜蜂行动”青年志愿服务队"),
                rows.stream().map(HonourRow::recipientName).toList());
        assertEquals(List.of("江阴市供电公司", "宜兴市供电公司", "丁蜀供电所"),
                rows.stream().map(HonourRow::recipientUnitName).toList(), "the person's unit, the unit, the team's unit");
        assertTrue(rows.stream().noneMatch(HonourRow::certificateAttached));
        assertEquals(3, audit().size());
        assertTrue(audit().stream().allMatch(e -> e.action().name().equals("CREATE")));
    }

    @Test
    void textsAreTrimmedAndRecipientColumnsSetByKind() {
        Honour saved = honours.create(OFFICE, new Honour(null, "  江苏省优秀志愿服务组织 ", HonourLevel.PROVINCIAL, " ",
                " 江苏省文明办 ", 2021, LocalDate.of(2022, 3, 5), RecipientKind.TEAM, team.id(), "  ", " 备注 ", null));
        assertEquals("江苏省优秀志愿服务组织", saved.title());
        assertNull(saved.category());
        assertNull(saved.certificateNo());
        assertEquals("备注", saved.notes());
        assertEquals(0, saved.version());
        assertEquals(team.id(), saved.recipientId());
    }

    // ---------------------------------------------------------------- validation

    void refused(String field, UnaryOperator<Honour> change) {
        Honour bad = change.apply(draft("江苏省优秀志愿服务组织", 2021, RecipientKind.TEAM, team.id()));
        ValidationException e = assertThrows(ValidationException.class, () -> honours.create(OFFICE, bad));
        assertTrue(e.hasProblem(field), field + " in " + e.problems());
        assertTrue(honours.list(ADMIN, HonourFilter.ALL).isEmpty(), "nothing saved for " + field);
        assertTrue(audit().isEmpty());
        assertFalse(e.localized(Messages.of(Messages.CHINESE)).contains("!"), e.localized(Messages.of(Messages.CHINESE)));
    }

    static Honour with(Honour h, String title, HonourLevel level, String category, String awardedBy, Integer year,
                       LocalDate on, RecipientKind kind, Long recipient, String certificateNo, String notes) {
        return new Honour(null, title, level, category, awardedBy, year, on, kind, recipient, certificateNo, notes, null);
    }

    @Test
    void eachFieldRuleRefusesWithNothingSaved() {
        refused("honour.title", h -> with(h, " ", h.level(), h.category(), h.awardedBy(), h.year(), null, h.recipientKind(),
                h.recipientId(), null, null));
        refused("honour.title", h -> with(h, "荣".repeat(201), h.level(), h.category(), h.awardedBy(), h.year(), null,
                h.recipientKind(), h.recipientId(), null, null));
        refused("honour.level", h -> with(h, h.title(), null, h.category(), h.awardedBy(), h.year(), null,
                h.recipientKind(), h.recipientId(), null, null));
        refused("honour.category", h -> with(h, h.title(), h.level(), "类".repeat(51), h.awardedBy(), h.year(), null,
                h.recipientKind(), h.recipientId(), null, null));
        refused("honour.awardedBy", h -> with(h, h.title(), h.level(), h.category(), null, h.year(), null,
                h.recipientKind(), h.recipientId(), null, null));
        refused("honour.awardedBy", h -> with(h, h.title(), h.level(), h.category(), "办".repeat(101), h.year(), null,
                h.recipientKind(), h.recipientId(), null, null));
        refused("honour.year", h -> with(h, h.title(), h.level(), h.category(), h.awardedBy(), null, null,
                h.recipientKind(), h.recipientId(), null, null));
        refused("honour.year", h -> with(h, h.title(), h.level(), h.category(), h.awardedBy(), 1948, null,
                h.recipientKind(), h.recipientId(), null, null));
        refused("honour.year", h -> with(h, h.title(), h.level(), h.category(), h.awardedBy(), 2027, null,
                h.recipientKind(), h.recipientId(), null, null));
        refused("honour.awardedOn", h -> with(h, h.title(), h.level(), h.category(), h.awardedBy(), 2021,
                LocalDate.of(2019, 12, 31), h.recipientKind(), h.recipientId(), null, null));
        refused("honour.awardedOn", h -> with(h, h.title(), h.level(), h.category(), h.awardedBy(), 2026,
                LocalDate.of(2026, 11, 30), h.recipientKind(), h.recipientId(), null, null));
        refused("honour.recipientKind", h -> with(h, h.title(), h.level(), h.category(), h.awardedBy(), h.year(), null,
                null, h.recipientId(), null, null));
        refused("honour.recipient", h -> with(h, h.title(), h.level(), h.category(), h.awardedBy(), h.year(), null,
                h.recipientKind(), null, null, null));
        refused("honour.recipient", h -> with(h, h.title(), h.level(), h.category(), h.awardedBy(), h.year(), null,
                RecipientKind.PERSON, team.id() + 999, null, null));
        refused("honour.certificateNo", h -> with(h, h.title(), h.level(), h.category(), h.awardedBy(), h.year(), null,
                h.recipientKind(), h.recipientId(), "N".repeat(51), null));
        refused("honour.notes", h -> with(h, h.title(), h.level(), h.category(), h.awardedBy(), h.year(), null,
                h.recipientKind(), h.recipientId(), null, "注".repeat(1001)));
    }

    @Test
    void theDateMayBeFromTheYearBeforeUpToToday() {
        Honour early = honours.create(OFFICE, new Honour(null, "无锡市最美志愿者", HonourLevel.CITY, null, "无锡市文明办", 2021,
                LocalDate.of(2020, 1, 1), RecipientKind.PERSON, person.id(), null, null, null));
        assertEquals(LocalDate.of(2020, 1, 1), early.awardedOn());
        Honour today = honours.create(OFFICE, new Honour(null, "无锡市最美志愿者", HonourLevel.CITY, null, "无锡市文明办", 2026,
                LocalDate.of(2026, 11, 29), RecipientKind.PERSON, person.id(), "WX-2026-0001", "注".repeat(1000), null));
        assertEquals(2026, today.year());
        assertEquals(2, honours.list(ADMIN, HonourFilter.ALL).size());
    }

    // ---------------------------------------------------------------- duplicates

    @Test
    void theSameTitleYearAndRecipientTwiceIsRefusedNamingTheHonour() {
        Honour first = teamHonour();
        ValidationException e = assertThrows(ValidationException.class, () -> honours.create(ADMIN,
                draft("  江苏省优秀志愿服务组织  ", 2021, RecipientKind.TEAM, team.id())));
        assertTrue(e.hasProblem("honour.title"));
        String message = e.localized(Messages.of(Messages.CHINESE));
        assertTrue(message.contains("江苏省优秀志愿服务组织") && message.contains("2021")
                && message.contains("宜兴市供电公司“蜜蜂行动”青年志愿服务队") && message.contains("江苏省文明办"), message);
        assertFalse(message.contains("2,021"), message);
        assertEquals(1, honours.list(ADMIN, HonourFilter.ALL).size());

        // another year, or another recipient, is another honour
        honours.create(ADMIN, draft("江苏省优秀志愿服务组织", 2022, RecipientKind.TEAM, team.id()));
        honours.create(ADMIN, draft("江苏省优秀志愿服务组织", 2021, RecipientKind.UNIT, station.id()));
        Honour other = honours.create(ADMIN, draft("无锡市优秀志愿服务组织", 2021, RecipientKind.TEAM, team.id()));
        // and editing one into the first is refused too
        Honour renamed = new Honour(other.id(), first.title(), other.level(), other.category(), other.awardedBy(),
                other.year(), null, other.recipientKind(), other.recipientId(), null, null, other.version());
        assertTrue(assertThrows(ValidationException.class, () -> honours.update(ADMIN, renamed))
                .hasProblem("honour.title"));
        assertEquals(4, honours.list(ADMIN, HonourFilter.ALL).size());
        // saving an honour unchanged is not a duplicate of itself
        assertEquals(1, honours.update(ADMIN, first).version());
    }

    // ---------------------------------------------------------------- permissions, updates, deletes

    @Test
    void onlyEditorsChangeHonoursWhateverScreenAsks() {
        Honour saved = teamHonour();
        for (Session who : List.of(VIEWER, SECRETARY)) {
            assertThrows(AccessDeniedException.class, () -> honours.create(who,
                    draft("无锡市优秀志愿服务组织", 2021, RecipientKind.TEAM, team.id())));
            assertThrows(AccessDeniedException.class, () -> honours.update(who, saved));
            assertThrows(AccessDeniedException.class, () -> honours.delete(who, saved));
            assertThrows(AccessDeniedException.class, () -> honours.attachCertificate(who, saved.id(), "证书.pdf", PDF));
            assertThrows(AccessDeniedException.class, () -> honours.removeCertificate(who, saved.id()));
        }
        assertEquals(1, honours.list(VIEWER, HonourFilter.ALL).size());
        assertEquals(1, audit().size());
    }

    @Test
    void anUpdateNeedsTheVersionReadAndIsAudited() {
        Honour saved = teamHonour();
        Honour edited = new Honour(saved.id(), saved.title(), HonourLevel.NATIONAL, saved.category(), "中央文明办",
                saved.year(), LocalDate.of(2022, 3, 5), saved.recipientKind(), saved.recipientId(), "QG-2021-0100",
                "改为国家级", saved.version());
        Honour after = honours.update(OFFICE, edited);
        assertEquals(HonourLevel.NATIONAL, after.level());
        assertEquals(1, after.version());
        assertThrows(StaleDataException.class, () -> honours.update(OFFICE, edited));
        assertThrows(StaleDataException.class, () -> honours.delete(OFFICE, saved));
        AuditEntry update = audit().stream().filter(e -> e.action().name().equals("UPDATE")).findFirst().orElseThrow();
        assertTrue(update.before().contains("level=HonourLevel.PROVINCIAL") && update.after().contains("level=HonourLevel.NATIONAL"),
                update.after());
        honours.delete(OFFICE, after);
        assertTrue(honours.list(ADMIN, HonourFilter.ALL).isEmpty());
        assertTrue(audit().stream().anyMatch(e -> e.action().name().equals("DELETE") && e.entityId().equals(saved.id())));
    }

    // ---------------------------------------------------------------- filters

    @Test
    void filtersByYearLevelUnitWithTheUnitsBelowRecipientAndText() {
        Honour teamOne = teamHonour(); // team of 丁蜀供电所, below 宜兴
        honours.create(ADMIN, new Honour(null, "江阴市优秀共产党员", HonourLevel.COUNTY, "先进个人", "中共江阴市委", 2024, null,
                RecipientKind.PERSON, person.id(), "XQ-2024-0007", "在年度表彰大会上颁发", null));
        honours.create(ADMIN, new Honour(null, "宜兴市文明单位", HonourLevel.COUNTY, "文明单位", "宜兴市文明委", 2024, null,
                RecipientKind.UNIT, yixing.id(), null, null, null));
        assertEquals(List.of("宜兴市文明单位", "江阴市优秀共产党员"), titles(new HonourFilter(2024, null, null, null, null)),
                "one year and level: by title");
        assertEquals(List.of(teamOne.title()), titles(new HonourFilter(null, HonourLevel.PROVINCIAL, null, null, null)));
        assertEquals(List.of("宜兴市文明单位", teamOne.title()), titles(new HonourFilter(null, null, yixing.id(), null, null)),
                "宜兴 and the station below it, through the team's unit");
        assertEquals(List.of(teamOne.title()), titles(new HonourFilter(null, null, station.id(), null, null)));
        assertEquals(List.of("江阴市优秀共产党员"), titles(new HonourFilter(null, null, jiangyin.id(), null, null)),
                "through the person's unit");
        assertEquals(3, titles(new HonourFilter(null, null, city.id(), null, null)).size());
        assertEquals(List.of("江阴市优秀共产党员"), titles(new HonourFilter(null, null, null, " 张伟 ", null)));
        assertEquals(List.of(teamOne.title()), titles(new HonourFilter(null, null, null, "蜜蜂", null)));
        assertEquals(List.of("江阴市优秀共产党员"), titles(new HonourFilter(null, null, null, null, "表彰大会")),
                "free text looks at the notes too");
        assertEquals(List.of("江阴市优秀共产党员"), titles(new HonourFilter(null, null, null, null, "xq-2024")),
                "and the certificate number, ignoring case");
        assertEquals(List.of("宜兴市文明单位", teamOne.title()), titles(new HonourFilter(null, null, null, null, "宜兴")),
                "and the recipient's unit");
        assertTrue(titles(new HonourFilter(2024, HonourLevel.COUNTY, station.id(), null, null)).isEmpty());
    }

    List<String> titles(HonourFilter f) {
        return honours.list(VIEWER, f).stream().map(r -> r.honour().title()).toList();
    }

    // ---------------------------------------------------------------- certificate

    @Test
    void aScannedCertificateIsAttachedReplacedSavedByAnyRoleAndRemoved() {
        Honour saved = teamHonour();
        assertEquals("error.honour.noCertificate",
                assertThrows(ConsoleException.class, () -> honours.certificate(VIEWER, saved.id())).key());
        honours.attachCertificate(OFFICE, saved.id(), "苏文明办证书.pdf", PDF);
        HonourRow row = honours.get(VIEWER, saved.id());
        assertTrue(row.certificateAttached());
        assertEquals("苏文明办证书.pdf", row.certificateFileName());
        assertArrayEquals(PDF, honours.certificate(VIEWER, saved.id()));
        assertArrayEquals(PDF, honours.certificate(SECRETARY, saved.id()));

        honours.attachCertificate(OFFICE, saved.id(), "证书扫描.png", PNG);
        assertArrayEquals(PNG, honours.certificate(VIEWER, saved.id()));
        assertEquals("证书扫描.png", honours.get(ADMIN, saved.id()).certificateFileName());
        List<AuditEntry> updates = audit().stream().filter(e -> e.action().name().equals("UPDATE")).toList();
        assertEquals(2, updates.size());
        assertTrue(updates.stream().anyMatch(e -> e.before() != null && e.before().contains("苏文明办证书.pdf")
                && e.after().contains("证书扫描.png")), "the replacement names both files");

        honours.removeCertificate(ADMIN, saved.id());
        assertFalse(honours.get(ADMIN, saved.id()).certificateAttached());
        assertThrows(ConsoleException.class, () -> honours.certificate(VIEWER, saved.id()));
        assertEquals("error.honour.noCertificate",
                assertThrows(ConsoleException.class, () -> honours.removeCertificate(ADMIN, saved.id())).key());
        assertEquals(3, audit().stream().filter(e -> e.action().name().equals("UPDATE")).count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "tooLarge", "wrongType", "wrongContent", "noName"})
    void aBadCertificateIsRefusedAndTheOldOneKept(String what) {
        Honour saved = teamHonour();
        honours.attachCertificate(OFFICE, saved.id(), "原件.pdf", PDF);
        byte[] big = new byte[HonourCertificate.BYTES_MAX + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        ValidationException e = assertThrows(ValidationException.class, () -> {
            switch (what) {
                case "empty" -> honours.attachCertificate(OFFICE, saved.id(), "空.pdf", new byte[0]);
                case "tooLarge" -> honours.attachCertificate(OFFICE, saved.id(), "大.pdf", big);
                case "wrongType" -> honours.attachCertificate(OFFICE, saved.id(), "证书.docx", PDF);
                case "wrongContent" -> honours.attachCertificate(OFFICE, saved.id(), "证书.png", PDF);
                default -> honours.attachCertificate(OFFICE, saved.id(), " ", PDF);
            }
        });
        assertTrue(e.hasProblem("honour.certificate"), e.problems().toString());
        assertEquals("原件.pdf", honours.get(ADMIN, saved.id()).certificateFileName());
        assertArrayEquals(PDF, honours.certificate(ADMIN, saved.id()));
    }

    @Test
    void deletingAnHonourDeletesItsCertificate() {
        Honour saved = teamHonour();
        honours.attachCertificate(OFFICE, saved.id(), "证书.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1});
        honours.delete(OFFICE, saved);
        assertThrows(StaleDataException.class, () -> honours.certificate(ADMIN, saved.id()));
    }

    // ---------------------------------------------------------------- what honours keep from being deleted

    @Test
    void aUnitThatReceivedHonoursCannotBeDeletedAndSaysHowMany() {
        Unit office = t.unit("WX-BGS", "办公室", city);
        honours.create(ADMIN, draft("无锡市青年文明号", 2023, RecipientKind.UNIT, office.id()));
        honours.create(ADMIN, draft("无锡市青年文明号", 2024, RecipientKind.UNIT, office.id()));
        ConsoleException e = assertThrows(ConsoleException.class, () -> t.services().units().delete(ADMIN, office));
        assertEquals("error.unit.inUse", e.key());
        assertEquals(2, e.args()[5]);
        String text = e.localized(Messages.of(Messages.CHINESE));
        assertTrue(text.contains("2 项荣誉"), text);
        assertTrue(e.localized(Messages.of(Messages.ENGLISH)).contains("2 honours"));
        honours.list(ADMIN, HonourFilter.ALL).forEach(r -> honours.delete(ADMIN, r.honour()));
        t.services().units().delete(ADMIN, office);
    }

    @Test
    void aPersonWhoReceivedAnHonourCannotBeDeletedAndSaysHowMany() {
        honours.create(ADMIN, draft("江苏省最美志愿者", 2025, RecipientKind.PERSON, person.id()));
        ConsoleException e = assertThrows(ConsoleException.class,
                () -> t.services().people().delete(ADMIN, person.id(), person.version()));
        assertEquals("error.person.inUse", e.key());
        assertEquals(1, e.args()[4]);
        assertTrue(e.localized(Messages.of(Messages.CHINESE)).contains("1 项荣誉"));
        honours.delete(ADMIN, honours.list(ADMIN, HonourFilter.ALL).get(0).honour());
        t.services().people().delete(ADMIN, person.id(), person.version());
    }

    @Test
    void aTeamsUnitWithHonoursOfTheTeamIsStillRefusedForTheTeam() {
        // teams are deactivated, never deleted; their unit keeps them, so the unit refuses as before
        teamHonour();
        ConsoleException e = assertThrows(ConsoleException.class, () -> t.services().units().delete(ADMIN, station));
        assertEquals("error.unit.inUse", e.key());
        assertEquals(1, e.args()[2], "the team");
        assertEquals(0, e.args()[5], "the honour names the team, not the unit");
    }
}
