package org.dianmifeng.console.aidcase;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
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
import org.dianmifeng.console.core.AuditEntry;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.core.ValidationException;
import org.dianmifeng.console.testing.CaseFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.PersonRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseWorkServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    @TempDir Path dir;
    TestServices t;
    CaseFixtures f;
    CaseWorkService work;
    Session officer;
    long approved;
    PersonRef zhang;
    PersonRef li;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        f = new CaseFixtures(t);
        work = t.services().caseWork();
        officer = f.officer("officer1");
        approved = f.aidCase(officer, AidCaseStatus.APPROVED).id();
        zhang = ref(f.person("张三").id());
        li = ref(f.person("李四").id());
    }

    @AfterEach
    void close() {
        t.close();
    }

    PersonRef ref(long id) {
        return new PersonRef(id, null, null, null, null);
    }

    RenovationItem item(long caseId, String quantity, String price) {
        return new RenovationItem(null, caseId, RenovationCategory.FURNITURE, "书桌椅", new BigDecimal(quantity),
                new BigDecimal(price), null, "江阴家具城", ItemStatus.PLANNED, null);
    }

    List<AuditEntry> audit() {
        return t.services().audit().find(ADMIN, new AuditFilter(null, null, null, null, null, 1000));
    }

    @Test
    void theFollowUpsOfAClosedCaseAreLockedAndAPhotosNameStaysOutOfTheAuditLog() {
        long closed = f.aidCase(officer, AidCaseStatus.CLOSED).id();
        ConsoleException locked = assertThrows(ConsoleException.class, () -> work.plan(officer,
                new FollowUp(null, closed, "回访", LocalDate.of(2026, 12, 1), null, null, null, null, null)));
        assertEquals("error.casework.followUpsLocked", locked.key());
        assertTrue(work.followUps(officer, closed).isEmpty());

        work.addPhoto(officer, new CasePhoto(null, approved, PhotoKind.BEFORE, "秦秘密_卧室.jpg", new byte[] {1, 2, 3},
                LocalDate.of(2026, 3, 5), "秦秘密的房间", null));
        assertTrue(t.services().audit().find(ADMIN, AuditFilter.recent(1000)).stream()
                .noneMatch(e -> (e.summary() + e.after()).contains("秦秘密")), "no file name or caption in the audit");
    }

    @Test
    void negativeQuantityOrPriceIsRefusedNamingTheFieldAndNothingIsSaved() {
        ValidationException q = assertThrows(ValidationException.class,
                () -> work.addItem(officer, item(approved, "-1", "10")));
        assertTrue(q.hasProblem("casework.item.quantity"));
        ValidationException p = assertThrows(ValidationException.class,
                () -> work.addItem(officer, item(approved, "1", "-10")));
        assertTrue(p.hasProblem("casework.item.unitPrice"));
        assertFalse(p.hasProblem("casework.item.quantity"));
        assertTrue(p.localized(Messages.of(Messages.ENGLISH)).contains("Unit price"));
        assertTrue(work.items(VIEWER, approved).isEmpty());

        RenovationItem saved = work.addItem(officer, item(approved, "2", "300"));
        RenovationItem negativeCost = new RenovationItem(saved.id(), approved, saved.category(), saved.description(),
                saved.quantity(), saved.unitPrice(), new BigDecimal("-1"), null, ItemStatus.BOUGHT, saved.version());
        assertTrue(assertThrows(ValidationException.class, () -> work.updateItem(officer, negativeCost))
                .hasProblem("casework.item.actualCost"));
        assertEquals(ItemStatus.PLANNED, work.items(VIEWER, approved).get(0).status());
    }

    @Test
    void itemsChangeOnlyWhileTheCaseIsApprovedOrRenovating() {
        RenovationItem saved = work.addItem(ADMIN, item(approved, "1", "1200"));
        f.walk(officer, approved, CaseFixtures.CONSENT, AidCaseStatus.RENOVATING);
        RenovationItem bought = work.updateItem(officer, new RenovationItem(saved.id(), approved, saved.category(),
                saved.description(), saved.quantity(), saved.unitPrice(), new BigDecimal("1100"), null, ItemStatus.BOUGHT,
                saved.version()));
        RenovationBudget budget = work.budget(VIEWER, approved);
        assertEquals(new BigDecimal("1200.00"), budget.planned());
        assertEquals(new BigDecimal("100.00"), budget.difference());

        f.walk(officer, approved, CaseFixtures.CONSENT, AidCaseStatus.HANDED_OVER);
        ConsoleException e = assertThrows(ConsoleException.class, () -> work.addItem(officer, item(approved, "1", "5")));
        assertEquals("error.casework.itemsLocked", e.key());
        assertTrue(e.localized(Messages.of(Messages.CHINESE)).contains("已交付"), e.localized(Messages.of(Messages.CHINESE)));
        assertThrows(ConsoleException.class, () -> work.deleteItem(officer, bought));
        long referred = f.aidCase(officer, AidCaseStatus.REFERRED).id();
        assertEquals("error.casework.itemsLocked",
                assertThrows(ConsoleException.class, () -> work.addItem(officer, item(referred, "1", "5"))).key());
        assertEquals(1, work.items(VIEWER, approved).size());
    }

    @Test
    void changesNeedCaseEdit() {
        assertThrows(AccessDeniedException.class, () -> work.addItem(OFFICE, item(approved, "1", "1")));
        assertThrows(AccessDeniedException.class, () -> work.plan(VIEWER,
                new FollowUp(null, approved, "体验电力人的一天", TODAY, null, null, null, null, null)));
        assertThrows(AccessDeniedException.class, () -> work.addPairing(OFFICE,
                new Pairing(null, approved, zhang, TODAY, null, null)));
    }

    @Test
    void aPersonPairedTwiceAtOnceIsRefusedNamingThem() {
        Pairing first = work.addPairing(officer, new Pairing(null, approved, zhang, LocalDate.of(2026, 4, 1), null, null));
        assertEquals("张三", first.person().name());
        ConsoleException e = assertThrows(ConsoleException.class, () -> work.addPairing(officer,
                new Pairing(null, approved, zhang, LocalDate.of(2026, 9, 1), null, null)));
        assertEquals("error.casework.pairedTwice", e.key());
        assertTrue(e.localized(Messages.of(Messages.ENGLISH)).contains("张三"));
        work.addPairing(officer, new Pairing(null, approved, li, LocalDate.of(2026, 9, 1), null, null));
        Pairing ended = work.endPairing(officer, first, LocalDate.of(2026, 8, 31));
        assertEquals(LocalDate.of(2026, 8, 31), ended.toOn());
        work.addPairing(officer, new Pairing(null, approved, zhang, LocalDate.of(2026, 9, 1), null, null));
        assertEquals(3, work.pairings(VIEWER, approved).size());
        assertThrows(ValidationException.class, () -> work.endPairing(officer, ended, LocalDate.of(2026, 3, 1)));
        assertThrows(StaleDataException.class, () -> work.endPairing(officer, first, LocalDate.of(2026, 8, 30)));
    }

    @Test
    void photosAreForCaseOfficersOnlyWithAReasonAndEveryViewingIsLogged() {
        CasePhoto photo = new CasePhoto(null, approved, PhotoKind.BEFORE, "before.jpg", new byte[] {1, 2, 3},
                LocalDate.of(2026, 4, 2), "小屋改造前", null);
        for (Session s : List.of(ADMIN, OFFICE, VIEWER)) {
            assertThrows(AccessDeniedException.class, () -> work.photos(s, approved, "检查"), s.username());
            assertThrows(AccessDeniedException.class, () -> work.addPhoto(s, photo), s.username());
        }
        work.addPhoto(officer, photo);
        assertTrue(f.identityLog().isEmpty());
        assertTrue(assertThrows(ValidationException.class, () -> work.photos(officer, approved, "  "))
                .hasProblem("casework.photo.reason"));
        assertTrue(f.identityLog().isEmpty());
        List<CasePhoto> shown = work.photos(officer, approved, "交付前核对照片");
        assertEquals(1, shown.size());
        assertEquals(3, shown.get(0).bytes().length);
        assertEquals(List.of("officer1/REVEAL/" + approved + "/交付前核对照片@2026-11-29T10:00"), f.identityLog());
    }

    @Test
    void followUpsArePlannedDoneOrCancelledWithAReason() {
        FollowUp desk = work.plan(officer, new FollowUp(null, approved, "点亮书桌 照亮梦想", TODAY.minusDays(2), null,
                null, null, null, null));
        FollowUp day = work.plan(officer, new FollowUp(null, approved, "体验电力人的一天", TODAY.plusDays(20), null,
                null, null, null, null));
        assertEquals(2, work.openFollowUps(VIEWER, approved));
        assertTrue(assertThrows(ValidationException.class, () -> work.cancel(officer, day, " "))
                .hasProblem("casework.followUp.cancelledReason"));
        FollowUp cancelled = work.cancel(officer, day, "暑期安排冲突");
        assertEquals(FollowUpState.CANCELLED, cancelled.state(TODAY));
        assertEquals("error.casework.followUpCancelled", assertThrows(ConsoleException.class,
                () -> work.markDone(officer, cancelled, TODAY, "张三", null)).key());
        FollowUp done = work.markDone(officer, desk, TODAY, "张三、李四", "送去台灯");
        assertEquals(FollowUpState.DONE, done.state(TODAY));
        assertEquals(0, work.openFollowUps(VIEWER, approved));
        assertTrue(assertThrows(ValidationException.class,
                () -> work.markDone(officer, done, TODAY.plusDays(1), null, null)).hasProblem("casework.followUp.doneOn"));
    }

    @Test
    void dueSoonListsOpenOverdueAndThisWeeksFollowUpsOfAllCasesByDueDateWithTheCodeOnly() {
        long other = f.aidCase(officer, AidCaseStatus.FOLLOW_UP).id();
        work.plan(officer, new FollowUp(null, approved, "本周", TODAY.plusDays(7), null, null, null, null, null));
        work.plan(officer, new FollowUp(null, approved, "以后", TODAY.plusDays(8), null, null, null, null, null));
        work.plan(officer, new FollowUp(null, other, "逾期", TODAY.minusDays(10), null, null, null, null, null));
        work.plan(officer, new FollowUp(null, approved, "同日", TODAY.minusDays(10), null, null, null, null, null));
        FollowUp cancelled = work.plan(officer, new FollowUp(null, other, "已取消", TODAY.minusDays(20), null, null,
                null, null, null));
        work.cancel(officer, cancelled, "改期");
        FollowUp today = work.plan(officer, new FollowUp(null, other, "今天", TODAY, null, null, null, null, null));

        List<DueFollowUp> due = work.dueSoon(VIEWER);
        assertEquals(List.of("DR-2026-001/同日/OVERDUE", "DR-2026-002/逾期/OVERDUE", "DR-2026-002/今天/DUE_THIS_WEEK",
                        "DR-2026-001/本周/DUE_THIS_WEEK"),
                due.stream().map(d -> d.caseCode() + "/" + d.activity() + "/" + d.state()).toList());
        work.markDone(officer, today, TODAY, null, null);
        assertEquals(3, work.dueSoon(ADMIN).size());
    }

    @Test
    void visitsWithVisitorsAndAuditTextsNamingTheCaseCodeNeverTheChild() {
        int visitedBefore = work.visits(VIEWER, approved).size(); // the fixture's visit before 已走访
        assertTrue(assertThrows(ValidationException.class, () -> work.addVisit(officer, new SiteVisit(null, approved,
                TODAY, List.of(), null, "房间漏雨", null, null))).hasProblem("casework.visit.visitors"));
        SiteVisit visit = work.addVisit(officer, new SiteVisit(null, approved, LocalDate.of(2026, 3, 10),
                List.of(zhang, li), "华士镇团委 王书记", "房间狭小，无书桌", "书桌、台灯、床品", null));
        assertEquals(List.of("张三", "李四"), visit.visitors().stream().map(PersonRef::name).sorted().toList());
        SiteVisit edited = work.updateVisit(officer, new SiteVisit(visit.id(), approved, visit.visitedOn(),
                List.of(li), visit.officials(), visit.findings(), "书桌", visit.version()));
        assertEquals(1, edited.visitors().size());
        assertEquals(visitedBefore + 1, work.visits(VIEWER, approved).size());
        assertThrows(StaleDataException.class, () -> work.updateVisit(officer, visit));

        RenovationItem i = work.addItem(officer, item(approved, "1", "800"));
        work.deleteItem(officer, i);
        Pairing p = work.addPairing(officer, new Pairing(null, approved, zhang, TODAY, null, null));
        work.deletePairing(officer, p);
        work.addPhoto(officer, new CasePhoto(null, approved, PhotoKind.AFTER, "after.jpg", new byte[] {9}, TODAY,
                null, null));
        FollowUp fu = work.plan(officer, new FollowUp(null, approved, "爱心暑期辅导班", TODAY, null, null, null, null, null));
        work.markDone(officer, fu, TODAY, "张三", null);
        work.deleteVisit(officer, edited);
        assertEquals(visitedBefore, work.visits(VIEWER, approved).size());

        List<AuditEntry> entries = audit().stream()
                .filter(e -> List.of("SITE_VISIT", "PAIRING", "RENOVATION_ITEM", "CASE_PHOTO", "FOLLOW_UP")
                        .contains(e.entity()))
                .toList();
        assertEquals(10 + visitedBefore, entries.size());
        for (AuditEntry e : entries) {
            assertTrue(e.summary().startsWith("DR-2026-001"), e.summary());
            String all = e.summary() + e.before() + e.after();
            assertFalse(all.contains(CaseFixtures.CHILD_NAME), all);
        }
    }

    /** A follow-up follows the hand-over: due before it is refused when planned and when its date is changed. */
    @Test
    void aFollowUpIsNeverDueBeforeTheHandOver() {
        long handed = f.aidCase(officer, AidCaseStatus.HANDED_OVER).id();
        LocalDate handOver = CaseFixtures.CONSENT;
        ValidationException early = assertThrows(ValidationException.class, () -> work.plan(officer,
                new FollowUp(null, handed, "回访", handOver.minusDays(1), null, null, null, null, null)));
        assertTrue(early.hasProblem("casework.followUp.dueOn"));
        assertTrue(early.localized(Messages.of(Messages.CHINESE)).contains("不能早于交付日期"));
        assertTrue(early.localized(Messages.of(Messages.CHINESE)).contains(handOver.toString()));
        assertTrue(work.followUps(VIEWER, handed).isEmpty(), "nothing saved");

        FollowUp sameDay = work.plan(officer, new FollowUp(null, handed, "回访", handOver, null, null, null, null, null));
        FollowUp moved = new FollowUp(sameDay.id(), handed, "回访", handOver.minusDays(3), null, null, null, null,
                sameDay.version());
        assertTrue(assertThrows(ValidationException.class, () -> work.update(officer, moved))
                .hasProblem("casework.followUp.dueOn"));
        assertEquals(handOver, work.followUps(VIEWER, handed).get(0).dueOn(), "the stored date stays");
        // before the hand-over a follow-up may be planned on any date
        assertEquals(TODAY.minusDays(300), work.plan(officer, new FollowUp(null, approved, "家访", TODAY.minusDays(300),
                null, null, null, null, null)).dueOn());
    }
}
