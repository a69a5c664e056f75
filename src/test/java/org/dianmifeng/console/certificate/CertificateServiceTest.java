package org.dianmifeng.console.certificate;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.SECRETARY;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.ValidationException;
import org.dianmifeng.console.testing.StarFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The certificate register: from approved hours only, numbered without gaps and never reused, revoked with a reason. */
class CertificateServiceTest {
    static final Session LEADER = new Session(5, "leader", "队长", Role.TEAM_LEADER);
    static final Messages ZH = Messages.of(Messages.CHINESE);
    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);
    @TempDir Path dir;
    TestServices t;
    StarFixtures f;
    CertificateService certificates;
    Person wang;
    Person li;
    Person none;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        f = new StarFixtures(t);
        certificates = t.services().certificates();
        wang = f.volunteer("王芳", "32028219900101100", "V2021000001");
        li = f.volunteer("李强", "32028219900101200", "V2021000002");
        none = f.volunteer("张敏", "32028219900101300", "V2021000003");
        f.serve(wang, LocalDate.of(2025, 3, 1), "12.5", "APPROVED", "LECTURE", "蜜蜂行动·文明故事计划宣讲");
        f.serve(wang, LocalDate.of(2025, 5, 1), "4.0", "APPROVED", "SERVICE", "安全用电进社区");
        f.serve(wang, LocalDate.of(2025, 6, 1), "3.0", "ENTERED", "SERVICE", "未审核的活动");
        f.serve(wang, LocalDate.of(2025, 7, 1), "2.0", "DECLINED", "SERVICE", "未通过的活动");
        f.serve(wang, LocalDate.of(2024, 12, 31), "6.0", "APPROVED", "SERVICE", "期间之前");
        f.serve(li, LocalDate.of(2025, 9, 9), "8.5", "APPROVED", "SALON", "电暖流文化沙龙");
        f.serve(none, LocalDate.of(2025, 9, 9), "8.0", "ENTERED", "SALON", "电暖流文化沙龙");
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aCertificateHoldsOnlyTheApprovedHoursOfItsPeriodAndWhatWasServed() {
        Certificate c = certificates.issue(OFFICE, wang.id(), FROM, TO, ZH);
        assertEquals(new BigDecimal("16.5"), c.hours());
        assertEquals("DMF-ZM-2026-000001", c.certNo());
        assertEquals(LocalDate.of(2026, 11, 29), c.issuedOn());
        assertEquals("office", c.issuedBy());
        assertEquals(CertificateService.DEFAULT_ORGANISATION, c.organisation());
        assertTrue(c.content().contains("宣讲 1 次") && c.content().contains("志愿服务 1 次"), c.content());
        assertTrue(c.content().contains("蜜蜂行动·文明故事计划宣讲") && c.content().contains("安全用电进社区"), c.content());
        assertFalse(c.content().contains("未审核") || c.content().contains("未通过") || c.content().contains("期间之前"),
                c.content());
    }

    @Test
    void withoutApprovedHoursInThePeriodItIsRefusedSayingSo() {
        ConsoleException e = assertThrows(ConsoleException.class, () -> certificates.issue(OFFICE, none.id(), FROM, TO, ZH));
        assertEquals("error.certificate.noHours", e.key());
        assertEquals("张敏 在 2025-01-01 至 2025-12-31 期间没有经审核确认的服务时长，不能出具证明。", e.localized(ZH));
        assertEquals("error.certificate.noHours", assertThrows(ConsoleException.class,
                () -> certificates.issue(OFFICE, li.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 8), ZH)).key());
        assertTrue(certificates.list(ADMIN).isEmpty());
    }

    @Test
    void twoConsolesIssuingAtOnceGetTheNextNumbersWithoutGapsOrErrors() throws Exception {
        List<Person> people = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Person p = f.volunteer("志愿者" + i, "3202821990020" + (1000 + i), "V2022" + String.format("%06d", i + 1));
            f.serve(p, LocalDate.of(2025, 4, 1), "3.0", "APPROVED", "SERVICE", "安全用电进社区");
            people.add(p);
        }
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<List<String>>> runs = new java.util.ArrayList<>();
            for (int console = 0; console < 2; console++) {
                List<Person> mine = people.subList(console * 4, console * 4 + 4);
                runs.add(two.submit(() -> {
                    List<String> numbers = new java.util.ArrayList<>();
                    for (Person p : mine) {
                        together.await(10, java.util.concurrent.TimeUnit.SECONDS);
                        numbers.add(certificates.issue(OFFICE, p.id(), FROM, TO, ZH).certNo());
                    }
                    return numbers;
                }));
            }
            java.util.Set<String> all = new java.util.TreeSet<>();
            for (var run : runs) {
                all.addAll(run.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            List<String> expected = new java.util.ArrayList<>();
            for (int n = 1; n <= 8; n++) {
                expected.add(String.format("DMF-ZM-2026-%06d", n));
            }
            assertEquals(expected, List.copyOf(all), "eight issues, eight numbers, none twice, no gap");
            assertEquals(8, certificates.list(ADMIN).size());
        } finally {
            two.shutdown();
        }
    }

    @Test
    void anIssueWhoseNumberAnotherConsoleSavesFirstTakesTheNextOne() throws Exception {
        java.util.concurrent.CountDownLatch inserted = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // another console has numbered its certificate 000001 and not yet committed
            var holder = other.submit(() -> t.services().database().transaction(dsl -> {
                new CertificateStore(dsl).insert(CertificateService.draft(dsl, li.id(), FROM, TO,
                        new BigDecimal("8.5"), LocalDate.of(2026, 11, 29), "other", ZH));
                inserted.countDown();
                try {
                    release.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            assertTrue(inserted.await(10, java.util.concurrent.TimeUnit.SECONDS));
            other.submit(() -> {
                Thread.sleep(700);
                release.countDown();
                return null;
            });
            Certificate c = certificates.issue(OFFICE, wang.id(), FROM, TO, ZH);
            holder.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals("DMF-ZM-2026-000002", c.certNo(), "read 000001 as free, found it taken, took the next");
            assertEquals(List.of("DMF-ZM-2026-000001", "DMF-ZM-2026-000002"), certificates.list(ADMIN).stream()
                    .map(r -> r.certificate().certNo()).sorted().toList());
        } finally {
            other.shutdown();
        }
    }

    @Test
    void thePeriodIsCheckedByField() {
        assertTrue(assertThrows(ValidationException.class, () -> certificates.issue(OFFICE, wang.id(), TO, FROM, ZH))
                .hasProblem("certificate.to"));
        assertTrue(assertThrows(ValidationException.class,
                () -> certificates.issue(OFFICE, wang.id(), FROM, LocalDate.of(2026, 11, 30), ZH))
                .hasProblem("certificate.to"));
        assertTrue(assertThrows(ValidationException.class, () -> certificates.issue(OFFICE, wang.id(), null, TO, ZH))
                .hasProblem("certificate.from"));
    }

    @Test
    void numbersFollowInOrderAndARevokedNumberIsNeverGivenAgain() {
        Certificate first = certificates.issue(OFFICE, wang.id(), FROM, TO, ZH);
        Certificate second = certificates.issue(OFFICE, li.id(), FROM, TO, ZH);
        assertEquals("DMF-ZM-2026-000002", second.certNo());
        Certificate revoked = certificates.revoke(ADMIN, second.id(), "期间填写有误，重新出具");
        assertEquals(LocalDate.of(2026, 11, 29), revoked.revokedOn());
        assertEquals("期间填写有误，重新出具", revoked.revokeReason());
        Certificate third = certificates.issue(OFFICE, li.id(), FROM, TO, ZH);
        assertEquals("DMF-ZM-2026-000003", third.certNo());
        assertEquals(List.of("DMF-ZM-2026-000003", "DMF-ZM-2026-000002", "DMF-ZM-2026-000001"),
                certificates.list(VIEWER).stream().map(r -> r.certificate().certNo()).toList());
        assertEquals("error.certificate.alreadyRevoked", assertThrows(ConsoleException.class,
                () -> certificates.revoke(ADMIN, second.id(), "再次作废")).key());
        assertEquals(first.id(), certificates.byNumber(VIEWER, " dmf-zm-2026-000001 ").orElseThrow().id());
        assertTrue(certificates.byNumber(VIEWER, "DMF-ZM-2026-000009").isEmpty());
        // a revoked certificate is found by its number but not printed again
        assertTrue(certificates.byNumber(VIEWER, "DMF-ZM-2026-000002").orElseThrow().certificate().revoked());
        ConsoleException reprint = assertThrows(ConsoleException.class,
                () -> certificates.printable(OFFICE, List.of(second.id())));
        assertEquals("error.certificate.revoked", reprint.key());
        assertTrue(reprint.localized(ZH).contains("期间填写有误"), reprint.localized(ZH));
    }

    @Test
    void revokingNeedsAReason() {
        Certificate c = certificates.issue(OFFICE, wang.id(), FROM, TO, ZH);
        assertTrue(assertThrows(ValidationException.class, () -> certificates.revoke(OFFICE, c.id(), " "))
                .hasProblem("certificate.reason"));
        assertFalse(certificates.byNumber(ADMIN, c.certNo()).orElseThrow().certificate().revoked());
    }

    @Test
    void aTeamGetsOneCertificateForEachVolunteerWithApprovedHoursInOneTransaction() {
        List<Certificate> issued = certificates.issueForTeam(OFFICE, f.team.id(), FROM, TO, ZH);
        // 王芳 and 李强 (by name: 李 before 王 in the database's order is not assumed; both are there), not 张敏
        assertEquals(2, issued.size());
        assertEquals(List.of("DMF-ZM-2026-000001", "DMF-ZM-2026-000002"),
                issued.stream().map(Certificate::certNo).toList());
        assertEquals(java.util.Set.of(wang.id(), li.id()),
                issued.stream().map(Certificate::personId).collect(java.util.stream.Collectors.toSet()));
        ConsoleException e = assertThrows(ConsoleException.class, () -> certificates.issueForTeam(OFFICE, f.team.id(),
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), ZH));
        assertEquals("error.certificate.noTeamHours", e.key());
        assertEquals(2, certificates.list(ADMIN).size());
    }

    @Test
    void onlyIssuersIssueRevokeAndPrintAndTheIdNumberIsMaskedForTheOthers() {
        Certificate c = certificates.issue(ADMIN, wang.id(), FROM, TO, ZH);
        for (Session who : List.of(VIEWER, SECRETARY, LEADER)) {
            assertThrows(AccessDeniedException.class, () -> certificates.issue(who, li.id(), FROM, TO, ZH));
            assertThrows(AccessDeniedException.class, () -> certificates.issueForTeam(who, f.team.id(), FROM, TO, ZH));
            assertThrows(AccessDeniedException.class, () -> certificates.revoke(who, c.id(), "理由"));
            assertThrows(AccessDeniedException.class, () -> certificates.printable(who, List.of(c.id())));
            String shown = certificates.list(who).get(0).idNumber();
            assertEquals("320*************" + wang.idNumber().substring(16), shown);
        }
        assertEquals(wang.idNumber(), certificates.list(OFFICE).get(0).idNumber());
        assertEquals(wang.idNumber(), certificates.printable(OFFICE, List.of(c.id())).get(0).idNumber());
    }

    @Test
    void theOrganisationIsASettingOfTheAdministrator() {
        assertThrows(AccessDeniedException.class, () -> certificates.saveOrganisation(OFFICE, "某志愿服务队"));
        assertTrue(assertThrows(ValidationException.class, () -> certificates.saveOrganisation(ADMIN, " "))
                .hasProblem("certificate.organisation"));
        certificates.saveOrganisation(ADMIN, "国网无锡供电公司“电蜜蜂”志愿服务总队");
        assertEquals("国网无锡供电公司“电蜜蜂”志愿服务总队", certificates.issue(OFFICE, wang.id(), FROM, TO, ZH).organisation());
    }

    @Test
    void theNumberFormIsDocumented() {
        assertEquals("DMF-ZM-2026-000123", CertificateNumber.of(2026, 123));
        assertEquals(123, CertificateNumber.sequence("DMF-ZM-2026-000123"));
        assertEquals(0, CertificateNumber.sequence("DMF-2026-123"));
        assertThrows(IllegalArgumentException.class, () -> CertificateNumber.of(2026, 0));
    }
}
