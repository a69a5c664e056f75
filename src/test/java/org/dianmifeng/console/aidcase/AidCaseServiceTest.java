package org.dianmifeng.console.aidcase;

import static org.dianmifeng.console.aidcase.AidCaseStatus.APPROVED;
import static org.dianmifeng.console.aidcase.AidCaseStatus.CLOSED;
import static org.dianmifeng.console.aidcase.AidCaseStatus.FOLLOW_UP;
import static org.dianmifeng.console.aidcase.AidCaseStatus.HANDED_OVER;
import static org.dianmifeng.console.aidcase.AidCaseStatus.ON_HOLD;
import static org.dianmifeng.console.aidcase.AidCaseStatus.REFERRED;
import static org.dianmifeng.console.aidcase.AidCaseStatus.REJECTED;
import static org.dianmifeng.console.aidcase.AidCaseStatus.RENOVATING;
import static org.dianmifeng.console.aidcase.AidCaseStatus.VISITED;
import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.SECRETARY;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.AuditEntry;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.ValidationException;
import org.dianmifeng.console.testing.CaseFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AidCaseServiceTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    static final LocalDate MOVED = LocalDate.of(2026, 4, 1);
    @TempDir Path dir;
    TestServices t;
    CaseFixtures f;
    AidCaseService cases;
    Session officer;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        f = new CaseFixtures(t);
        cases = f.cases();
        officer = f.officer("officer");
    }

    @AfterEach
    void close() {
        t.close();
    }

    // ---------------------------------------------------------------- privacy

    @Test
    void noRoleButAnOfficerGetsIdentityAndOthersAreRefusedEveryIdentityCall() {
        CaseRow row = f.refer(officer, "王小花", true);
        for (Session who : List.of(ADMIN, OFFICE, VIEWER, SECRETARY, officer)) {
            CaseRow listed = cases.list(who).get(0);
            assertNull(listed.identity(), who.username() + " gets no identity from the list");
            assertEquals(row.code(), listed.code());
            assertEquals(AgeBand.FROM_6_TO_11, listed.ageBand());
            assertEquals("华士镇", listed.township());
            assertNull(cases.get(who, row.id()).identity(), who.username() + " gets no identity from get");
        }
        for (Session who : List.of(ADMIN, OFFICE, VIEWER, SECRETARY)) {
            assertFalse(cases.maySeeIdentity(who));
            assertThrows(AccessDeniedException.class, () -> cases.reveal(who, row.id(), "核对"));
            assertThrows(AccessDeniedException.class, () -> cases.logIdentityExport(who, row.id(), "核对"));
            assertThrows(AccessDeniedException.class, () -> cases.identityExport(who, List.of(), "核对"));
            Child c = new Child(row.childId(), "改名", null, null, null, null, null, "华士镇", null, null,
                    EligibilityCategory.IMPRISONED, null, null, null, null, null, null, null, null, 0);
            assertThrows(AccessDeniedException.class, () -> cases.updateChild(who, c));
        }
        assertTrue(cases.maySeeIdentity(officer));
        assertEquals(List.of(), cases.identityLog(ADMIN, IdentityLogFilter.all()), "nothing was revealed");
        assertThrows(AccessDeniedException.class, () -> cases.identityLog(officer, IdentityLogFilter.all()));
    }

    /** The identity access log's text filter takes % and _ as the characters typed. */
    @Test
    void theIdentityLogFilterTakesPercentAndUnderscoreAsTyped() {
        CaseRow row = f.refer(officer, "王小花", true);
        cases.reveal(officer, row.id(), "核对_住址");
        cases.reveal(officer, row.id(), "核对X住址");
        cases.logIdentityExport(officer, row.id(), "打印个案表");
        assertEquals(List.of(), cases.identityLog(ADMIN, new IdentityLogFilter(null, null, null, "%")),
                "no user, case code or reason has a %");
        assertEquals(List.of("核对_住址"), cases.identityLog(ADMIN, new IdentityLogFilter(null, null, null, "_")).stream()
                .map(IdentityAccess::reason).toList());
        assertEquals(List.of("核对_住址"), cases.identityLog(ADMIN, new IdentityLogFilter(null, null, null, "对_住")).stream()
                .map(IdentityAccess::reason).toList());
        assertEquals(2, cases.identityLog(ADMIN, new IdentityLogFilter(null, null, null, "核对")).size());
        assertEquals(3, cases.identityLog(ADMIN, new IdentityLogFilter(null, null, null, row.code().toLowerCase())).size(),
                "the case code, in any case");
    }

    @Test
    void anOfficersRevealNeedsAReasonAndIsLogged() {
        CaseRow row = f.refer(officer, "王小花", true);
        ValidationException blank = assertThrows(ValidationException.class, () -> cases.reveal(officer, row.id(), "  "));
        assertTrue(blank.hasProblem("case.revealReason"));
        assertEquals(List.of(), cases.identityLog(ADMIN, IdentityLogFilter.all()), "a refused reveal is not logged");

        CaseRow revealed = cases.reveal(officer, row.id(), "走访前核对住址");
        assertEquals("王小花", revealed.identity().name());
        assertEquals("华士实验小学", revealed.identity().school());
        cases.logIdentityExport(officer, row.id(), "打印个案表");
        List<IdentityAccess> log = cases.identityLog(ADMIN, IdentityLogFilter.all());
        assertEquals(2, log.size());
        IdentityAccess export = log.get(0);
        assertEquals(IdentityAction.EXPORT, export.action());
        IdentityAccess reveal = log.get(1);
        assertEquals(IdentityAction.REVEAL, reveal.action());
        assertEquals("officer", reveal.username());
        assertEquals(row.code(), reveal.caseCode());
        assertEquals("走访前核对住址", reveal.reason());
        assertEquals(1, cases.identityLog(ADMIN, new IdentityLogFilter(null, null, IdentityAction.REVEAL, null)).size());
        assertEquals(1, cases.identityLog(ADMIN, new IdentityLogFilter(null, null, null, "打印")).size());
        assertThrows(ValidationException.class, () -> cases.logIdentityExport(officer, null, ""));

        List<CaseRow> exported = cases.identityExport(officer, cases.list(officer).stream().map(CaseRow::id).toList(), "年度名册");
        assertEquals("王小花", exported.get(0).identity().name());
        assertEquals(2 + exported.size(), cases.identityLog(ADMIN, IdentityLogFilter.all()).size());
        assertEquals(exported.stream().map(CaseRow::id).sorted().toList(),
                cases.identityLog(ADMIN, new IdentityLogFilter(null, null, null, "年度名册")).stream()
                        .map(a -> a.caseId()).sorted().toList(), "the log names every case that went out");
    }

    @Test
    void anOfficerEditsTheChildAndNoAuditTextNamesTheChild() {
        CaseRow row = f.refer(officer, "王小花", false);
        Child before = cases.reveal(officer, row.id(), "补登记监护人同意").identity();
        Child edited = new Child(before.id(), "王小花", before.gender(), before.birthDate(), before.idNumber(),
                before.school(), "五年级", before.township(), before.community(), before.address(), before.category(),
                before.categoryNote(), before.guardianName(), before.guardianRelation(), "139-1234-5679",
                LocalDate.of(2026, 4, 2), "个案资料收集与帮扶使用", "officer", null, before.version());
        Child saved = cases.updateChild(officer, edited);
        assertEquals("13912345679", saved.guardianPhone());
        assertEquals(LocalDate.of(2026, 4, 2), cases.get(ADMIN, row.id()).consentOn());
        cases.attachConsentDocument(officer, row.id(), "同意书.pdf", new byte[] {1, 2, 3});
        assertThrows(AccessDeniedException.class,
                () -> cases.attachConsentDocument(ADMIN, row.id(), "同意书.pdf", new byte[] {1}));

        List<AuditEntry> audit = t.services().audit().find(ADMIN, AuditFilter.recent(100));
        assertTrue(audit.stream().anyMatch(e -> e.entity().equals(AidCaseService.CHILD)));
        for (AuditEntry e : audit) {
            String all = e.summary() + " " + e.before() + " " + e.after();
            for (String identity : List.of("王小花", "华士实验小学", "王奶奶", "13912345678", "13912345679",
                    before.idNumber(), "2015-03-12", "1组")) {
                assertFalse(all.contains(identity), "audit line " + e.entity() + " holds identity: " + all);
            }
        }
        assertTrue(audit.stream().allMatch(e -> !e.entity().startsWith("AID_CASE") || e.summary().startsWith(row.code())));
    }

    // ---------------------------------------------------------------- referral

    @Test
    void referralCodesCountUpPerYearAndStartAsReferred() {
        CaseRow a = f.refer(officer, "甲", true);
        CaseRow b = f.refer(officer, "乙", true);
        assertThrows(AccessDeniedException.class, () -> f.refer(ADMIN, "己", true),
                "the administrator does not type a child's identity");
        CaseRow c = cases.refer(officer, f.child("丙", LocalDate.of(2012, 5, 5), true), f.referral(LocalDate.of(2025, 6, 1)),
                List.of(officer.accountId()));
        assertEquals("DR-2026-001", a.code());
        assertEquals("DR-2026-002", b.code());
        assertEquals("DR-2025-001", c.code());
        assertEquals(List.of(new org.dianmifeng.console.core.UserName("officer", "帮扶专员officer")), c.officers());
        assertEquals(REFERRED, a.status());
        List<CaseEvent> history = cases.history(VIEWER, a.id());
        assertEquals(1, history.size());
        assertNull(history.get(0).from());
        assertEquals(REFERRED, history.get(0).to());
        assertEquals(CaseFixtures.REFERRED, history.get(0).onDate());
        assertThrows(AccessDeniedException.class, () -> f.refer(OFFICE, "丁", true));
        assertThrows(AccessDeniedException.class, () -> f.refer(VIEWER, "丁", true));
        long viewerAccount = t.services().accounts().create(ADMIN, org.dianmifeng.console.account.Account.draft("viewer2",
                "查看者", org.dianmifeng.console.core.Role.VIEWER), CaseFixtures.PASSWORD.toCharArray(),
                CaseFixtures.PASSWORD.toCharArray()).id();
        ValidationException notOfficer = assertThrows(ValidationException.class, () -> cases.refer(officer,
                f.child("戊", LocalDate.of(2014, 1, 1), true), f.referral(CaseFixtures.REFERRED), List.of(viewerAccount)));
        assertTrue(notOfficer.hasProblem("case.officers"));
    }

    @Test
    void aChildOf18OrOlderIsOutsideTheProgrammeAndTheFieldIsNamed() {
        // 18 on the referral date
        ValidationException atReferral = assertThrows(ValidationException.class, () -> cases.refer(officer,
                f.child("成年", LocalDate.of(2008, 3, 1), true), f.referral(CaseFixtures.REFERRED), List.of()));
        assertTrue(atReferral.hasProblem("child.birthDate"));
        String message = atReferral.localized(ZH);
        assertTrue(message.contains("出生日期") && message.contains("不在本项目帮扶范围内"), message);
        assertFalse(message.contains("成年"), "the message does not name the child");
        // under 18 at the referral, 18 today (2026-11-29)
        ValidationException today = assertThrows(ValidationException.class, () -> cases.refer(officer,
                f.child("成年", LocalDate.of(2008, 10, 1), true), f.referral(CaseFixtures.REFERRED), List.of()));
        assertTrue(today.hasProblem("child.birthDate"));
        assertTrue(today.localized(Messages.of(Messages.ENGLISH)).contains("outside this programme"));
        assertEquals(List.of(), cases.list(ADMIN), "nothing saved");
    }

    @Test
    void identityNumberPhoneAndConsentAreChecked() {
        Child c = f.child("王小花", LocalDate.of(2015, 3, 12), true);
        Child wrongBirth = new Child(null, c.name(), c.gender(), LocalDate.of(2015, 3, 13), c.idNumber(), null, null,
                "华士镇", null, null, EligibilityCategory.LOST_CONTACT, null, null, null, "12345", LocalDate.of(2027, 1, 1),
                "帮扶", null, null, null);
        ValidationException e = assertThrows(ValidationException.class,
                () -> cases.refer(officer, wrongBirth, f.referral(CaseFixtures.REFERRED), List.of()));
        assertTrue(e.hasProblem("child.birthDate"));
        assertTrue(e.hasProblem("child.guardianPhone"));
        assertTrue(e.hasProblem("child.consentOn"));
        Child badId = new Child(null, c.name(), c.gender(), c.birthDate(), c.idNumber().substring(0, 17) + "0", null,
                null, "华士镇", null, null, EligibilityCategory.LOST_CONTACT, null, null, null, null, null, null, null,
                null, null);
        assertTrue(assertThrows(ValidationException.class,
                () -> cases.refer(officer, badId, f.referral(CaseFixtures.REFERRED), List.of())).hasProblem("child.idNumber"));
        CaseRow first = cases.refer(officer, c, f.referral(CaseFixtures.REFERRED), List.of());
        ValidationException twice = assertThrows(ValidationException.class,
                () -> cases.refer(officer, c, f.referral(CaseFixtures.REFERRED), List.of()));
        assertTrue(twice.localized(ZH).contains(first.code()));
        assertFalse(twice.localized(ZH).contains("王小花"));
    }

    // ---------------------------------------------------------------- lifecycle

    /** How to reach each status from a new (REFERRED) case. */
    static final Map<AidCaseStatus, List<AidCaseStatus>> PATH = Map.of(
            REFERRED, List.of(),
            VISITED, List.of(VISITED),
            APPROVED, List.of(VISITED, APPROVED),
            RENOVATING, List.of(VISITED, APPROVED, RENOVATING),
            HANDED_OVER, List.of(VISITED, APPROVED, RENOVATING, HANDED_OVER),
            FOLLOW_UP, List.of(VISITED, APPROVED, RENOVATING, HANDED_OVER, FOLLOW_UP),
            CLOSED, List.of(VISITED, APPROVED, RENOVATING, HANDED_OVER, CLOSED),
            ON_HOLD, List.of(ON_HOLD),
            REJECTED, List.of(REJECTED));

    /** The allowed transitions, written out independently of AidCaseStatus.next(). */
    static final Map<AidCaseStatus, Set<AidCaseStatus>> ALLOWED = Map.of(
            REFERRED, Set.of(VISITED, ON_HOLD, REJECTED),
            VISITED, Set.of(APPROVED, ON_HOLD, REJECTED),
            APPROVED, Set.of(RENOVATING, ON_HOLD),
            RENOVATING, Set.of(HANDED_OVER, ON_HOLD),
            HANDED_OVER, Set.of(FOLLOW_UP, CLOSED),
            FOLLOW_UP, Set.of(CLOSED, ON_HOLD),
            CLOSED, Set.of(FOLLOW_UP),
            // held from REFERRED in these walks: a held case resumes where it stopped, or is rejected
            ON_HOLD, Set.of(REFERRED, REJECTED),
            REJECTED, Set.of(REFERRED));

    @Test
    void everyAllowedTransitionWorksAndEveryOtherIsRefusedWithNothingChanged() {
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (AidCaseStatus from : AidCaseStatus.values()) {
            for (AidCaseStatus to : AidCaseStatus.values()) {
                CaseRow row = f.refer(officer, "儿童" + n++, true);
                f.walk(officer, row.id(), MOVED, PATH.get(from).toArray(AidCaseStatus[]::new));
                int events = cases.history(officer, row.id()).size();
                boolean allowed = ALLOWED.get(from).contains(to);
                try {
                    CaseRow moved = f.walk(officer, row.id(), MOVED, to);
                    if (!allowed) {
                        wrong.add(from + "->" + to + " was allowed");
                    }
                    assertEquals(to, moved.status());
                    CaseEvent last = cases.history(officer, row.id()).get(events);
                    assertEquals(from, last.from());
                    assertEquals(to, last.to());
                    assertEquals("officer", last.username());
                } catch (ConsoleException e) {
                    if (allowed) {
                        wrong.add(from + "->" + to + " was refused: " + e.localized(ZH));
                    } else {
                        assertTrue(Set.of("error.case.moveNotAllowed", "error.case.resumeWhereLeft").contains(e.key()),
                                e.key());
                        assertEquals(from, cases.get(officer, row.id()).status());
                        assertEquals(events, cases.history(officer, row.id()).size());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theScannedConsentIsAttachedAndReadByOfficersOnlyAndReadingItIsLogged() {
        CaseRow row = f.refer(officer, "甲", true);
        assertEquals("error.case.noConsentDocument", assertThrows(ConsoleException.class,
                () -> cases.consentDocument(officer, row.id(), "核对")).key());
        assertThrows(ValidationException.class,
                () -> cases.attachConsentDocument(officer, row.id(), "同意书.pdf", new byte[0]));
        cases.attachConsentDocument(officer, row.id(), "同意书.pdf", new byte[] {37, 80, 68, 70});
        for (Session who : List.of(ADMIN, OFFICE, VIEWER)) {
            assertThrows(AccessDeniedException.class, () -> cases.consentDocument(who, row.id(), "核对"));
        }
        assertThrows(ValidationException.class, () -> cases.consentDocument(officer, row.id(), " "));
        assertArrayEquals(new byte[] {37, 80, 68, 70}, cases.consentDocument(officer, row.id(), "归档核对"));
        assertEquals(List.of(row.id()), cases.identityLog(ADMIN, new IdentityLogFilter(null, null, null, "归档核对"))
                .stream().map(a -> a.caseId()).toList());
    }

    @Test
    void aHeldCaseResumesWhereItStoppedAndNoStepIsDatedBeforeThePreviousOne() {
        CaseRow row = f.refer(officer, "甲", false);
        cases.move(officer, row.id(), ON_HOLD, MOVED, "监护人暂未同意");
        ConsoleException skip = assertThrows(ConsoleException.class,
                () -> cases.move(officer, row.id(), HANDED_OVER, MOVED, null));
        assertEquals("error.case.resumeWhereLeft", skip.key(), "no way round the visit, the consent and the approval");
        assertEquals(ON_HOLD, cases.get(officer, row.id()).status());
        assertEquals(REFERRED, cases.move(officer, row.id(), REFERRED, MOVED, "已沟通").status());
        ValidationException backwards = assertThrows(ValidationException.class,
                () -> cases.move(officer, row.id(), VISITED, MOVED.minusDays(1), null));
        assertTrue(backwards.hasProblem("case.moveDate"));
    }

    @Test
    void reasonsAreNeededToHoldRejectAndReopen() {
        CaseRow row = f.refer(officer, "甲", true);
        ValidationException hold = assertThrows(ValidationException.class,
                () -> cases.move(officer, row.id(), ON_HOLD, MOVED, " "));
        assertTrue(hold.hasProblem("case.moveReason"));
        assertNotNull(f.walk(ADMIN, row.id(), MOVED, VISITED), "a plain step needs no reason");
        cases.move(officer, row.id(), REJECTED, MOVED, "不符合条件");
        assertTrue(assertThrows(ValidationException.class, () -> cases.move(officer, row.id(), REFERRED, MOVED, null))
                .hasProblem("case.moveReason"), "reopening needs a reason");
        CaseRow reopened = cases.move(officer, row.id(), REFERRED, MOVED, "复核后符合条件");
        assertEquals(REFERRED, reopened.status());
        assertTrue(cases.history(VIEWER, row.id()).get(3).reopening());
        assertThrows(AccessDeniedException.class, () -> cases.move(VIEWER, row.id(), VISITED, MOVED, null));
        assertTrue(assertThrows(ValidationException.class,
                () -> cases.move(officer, row.id(), VISITED, LocalDate.of(2026, 12, 1), null)).hasProblem("case.moveDate"));
    }

    @Test
    void approvalNeedsTheGuardiansConsent() {
        CaseRow row = f.refer(officer, "甲", false);
        f.walk(officer, row.id(), MOVED, VISITED);
        ConsoleException e = assertThrows(ConsoleException.class, () -> cases.move(officer, row.id(), APPROVED, MOVED, null));
        assertEquals("error.case.noConsent", e.key());
        assertTrue(e.localized(ZH).contains(row.code()));
        assertEquals(VISITED, cases.get(officer, row.id()).status());
    }

    /** 已走访 needs a visit on record, 已交付 every item past 计划中; a refused move changes nothing. */
    @Test
    void aStepNeedsItsWorkOnRecordAndARefusedStepChangesNothing() {
        CaseRow row = f.refer(officer, "甲", true);
        int audited = t.services().audit().find(ADMIN, AuditFilter.recent(1000)).size();
        ValidationException noVisit = assertThrows(ValidationException.class,
                () -> cases.move(officer, row.id(), VISITED, MOVED, null));
        assertTrue(noVisit.hasProblem("case.moveTarget"));
        assertTrue(noVisit.localized(ZH).contains("还没有走访记录"), noVisit.localized(ZH));
        assertTrue(noVisit.localized(Messages.of(Messages.ENGLISH)).contains("no site visit"));
        assertUnchanged(row, REFERRED, 1, audited);

        f.walk(officer, row.id(), MOVED, VISITED, APPROVED, RENOVATING);
        RenovationItem desk = f.work().addItem(officer, new RenovationItem(null, row.id(), RenovationCategory.FURNITURE,
                "书桌", java.math.BigDecimal.ONE, new java.math.BigDecimal("800"), null, null, ItemStatus.INSTALLED, null));
        RenovationItem lamp = f.work().addItem(officer, new RenovationItem(null, row.id(), RenovationCategory.LIGHTING,
                "台灯", java.math.BigDecimal.ONE, new java.math.BigDecimal("150"), null, null, ItemStatus.PLANNED, null));
        audited = t.services().audit().find(ADMIN, AuditFilter.recent(1000)).size();
        ValidationException planned = assertThrows(ValidationException.class,
                () -> cases.move(officer, row.id(), HANDED_OVER, MOVED, null));
        assertTrue(planned.hasProblem("case.moveTarget"));
        assertTrue(planned.localized(ZH).contains("1 项改造仍为“计划中”（台灯）"), planned.localized(ZH));
        assertUnchanged(row, RENOVATING, 4, audited);
        assertNull(cases.get(officer, row.id()).handedOverOn());

        f.work().updateItem(officer, new RenovationItem(lamp.id(), row.id(), lamp.category(), lamp.description(),
                lamp.quantity(), lamp.unitPrice(), null, null, ItemStatus.BOUGHT, lamp.version()));
        assertEquals(HANDED_OVER, cases.move(officer, row.id(), HANDED_OVER, MOVED, null).status());
        assertNotNull(desk);
    }

    private void assertUnchanged(CaseRow row, AidCaseStatus status, int events, int audited) {
        CaseRow now = cases.get(officer, row.id());
        assertEquals(status, now.status());
        assertEquals(events, cases.history(officer, row.id()).size());
        assertEquals(audited, t.services().audit().find(ADMIN, AuditFilter.recent(1000)).size(), "nothing audited");
    }

    @Test
    void handOverSetsItsDateAndClosingWaitsForEveryFollowUp() {
        CaseRow row = f.refer(officer, "甲", true);
        f.walk(officer, row.id(), MOVED, VISITED, APPROVED, RENOVATING);
        CaseRow handed = cases.move(officer, row.id(), HANDED_OVER, LocalDate.of(2026, 4, 20), null);
        assertEquals(LocalDate.of(2026, 4, 20), handed.handedOverOn());
        cases.move(officer, row.id(), FOLLOW_UP, LocalDate.of(2026, 5, 1), null);
        f.followUp(officer, row.id(), "点亮书桌 照亮梦想", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1), null);
        f.followUp(officer, row.id(), "体验电力人的一天", LocalDate.of(2026, 7, 1), null, null);
        f.followUp(officer, row.id(), "爱心暑期辅导班", LocalDate.of(2026, 8, 1), null, null);
        f.followUp(officer, row.id(), "取消的活动", LocalDate.of(2026, 8, 1), null, "暴雨取消");
        ConsoleException e = assertThrows(ConsoleException.class, () -> cases.move(officer, row.id(), CLOSED, LocalDate.of(2026, 9, 1), null));
        assertEquals("error.case.openFollowUps", e.key());
        assertTrue(e.localized(ZH).contains("2 项"), e.localized(ZH));
        assertEquals(FOLLOW_UP, cases.get(officer, row.id()).status());
        f.work().followUps(officer, row.id()).stream().filter(u -> u.doneOn() == null && u.cancelledReason() == null)
                .forEach(u -> f.work().markDone(officer, u, u.dueOn(), null, null));
        assertEquals(CLOSED, cases.move(officer, row.id(), CLOSED, LocalDate.of(2026, 9, 1), null).status());
    }

    @Test
    void aCaseIsEditedWithoutTouchingItsStatusOrCode() {
        CaseRow row = f.refer(officer, "甲", true);
        f.walk(officer, row.id(), MOVED, VISITED);
        CaseRow now = cases.get(ADMIN, row.id());
        AidCase edited = new AidCase(now.id(), "DR-9999-999", 999L, "华士镇妇联", "张主任", now.referredOn(), now.unitId(),
                null, CLOSED, null, now.version());
        CaseRow saved = cases.updateCase(ADMIN, edited, List.of(officer.accountId()));
        assertEquals(row.code(), saved.code());
        assertEquals(VISITED, saved.status());
        assertEquals("华士镇妇联", saved.referralSource());
        assertEquals(List.of("officer"), saved.officers().stream().map(org.dianmifeng.console.core.UserName::username).toList());
        assertThrows(org.dianmifeng.console.core.StaleDataException.class, () -> cases.updateCase(ADMIN, edited));
        assertThrows(AccessDeniedException.class, () -> cases.updateCase(VIEWER, saved.aidCase()));
    }
}
