package org.dianmifeng.console.party;

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
import java.time.LocalDateTime;
import java.util.List;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.AuditEntry;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.core.ValidationException;
import org.dianmifeng.console.testing.PartyFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommunityWorkServiceTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    static final Messages EN = Messages.of(Messages.ENGLISH);

    @TempDir Path dir;
    TestServices t;
    CommunityWorkService work;
    PartyFixtures party;
    long branchA;
    long branchB;
    long east;
    long west;
    long eastGrid;
    long westGrid;
    long eastBranch;
    long westBranch;
    long zhang;
    long li;
    long wang;

    /**
     * 张三 (branch A) in 东虹 since 2025-03-01; 李四 (branch A) in 西园 2025-01-01 .. 2026-06-30, then moved to 东虹;
     * 王五 (branch B) in 西园 since 2026-01-01. Today is 2026-11-29.
     */
    @BeforeEach
    void open() {
        t = new TestServices(dir);
        work = t.services().communityWork();
        party = new PartyFixtures(t);
        Unit city = t.city();
        branchA = party.workBranch("YJ", "运检党支部", city).id();
        branchB = party.workBranch("YX", "营销党支部", city).id();
        east = party.community("DH", "东虹社区").id();
        west = party.community("XY", "西园社区").id();
        eastGrid = party.grid(east, "东虹一网格").id();
        westGrid = party.grid(west, "西园一网格").id();
        eastBranch = party.communityBranch("DH-DZB", "东虹社区党支部", east).id();
        westBranch = party.communityBranch("XY-DZB", "西园社区党支部", west).id();
        zhang = party.member("张三", city, branchA).id();
        li = party.member("李四", city, branchA).id();
        wang = party.member("王五", city, branchB).id();
        party.enrol(zhang, eastGrid, LocalDate.of(2025, 3, 1));
        party.enrol(li, westGrid, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30));
        party.enrol(li, eastGrid, LocalDate.of(2026, 7, 1));
        party.enrol(wang, westGrid, LocalDate.of(2026, 1, 1));
    }

    @AfterEach
    void close() {
        t.close();
    }

    static ServiceRecord service(long member, long community, LocalDate on, String hours) {
        return new ServiceRecord(null, member, community, on, "楼道清理", hours == null ? null : new BigDecimal(hours),
                null, null);
    }

    static Feedback card(long member, long branch, int year, int quarter, Rating rating) {
        return new Feedback(null, member, branch, year, quarter, 3, 2, new BigDecimal("6.5"), rating, "积极参加",
                null, null);
    }

    static PointEntry points(long member, LocalDate on, String value, String reason) {
        return new PointEntry(null, member, on, new BigDecimal(value), reason, null, null);
    }

    long services(long member) {
        return work.timeline(ADMIN, member).stream().filter(e -> e.kind() == TimelineEntry.Kind.SERVICE).count();
    }

    @Test
    void hoursOfZeroOrAbove24OrWithTwoDecimalsAreRefusedBesideTheHoursField() {
        LocalDate day = LocalDate.of(2026, 5, 10);
        for (String bad : List.of("0", "25", "-1")) {
            ValidationException v = assertThrows(ValidationException.class,
                    () -> work.addService(OFFICE, service(zhang, east, day, bad)));
            assertEquals("error.work.hoursRange", problemKey(v, "service.hours"), bad);
            assertTrue(v.localized(ZH).contains(bad), v.localized(ZH));
        }
        ValidationException decimals = assertThrows(ValidationException.class,
                () -> work.addService(OFFICE, service(zhang, east, day, "1.25")));
        assertEquals("error.work.oneDecimal", problemKey(decimals, "service.hours"));
        ValidationException empty = assertThrows(ValidationException.class,
                () -> work.addService(OFFICE, new ServiceRecord(null, zhang, null, null, " ", null, null, null)));
        for (String field : List.of("service.community", "service.servedOn", "service.content", "service.hours")) {
            assertTrue(empty.hasProblem(field), field);
        }
        assertEquals(0, services(zhang), "nothing saved");
        ServiceRecord saved = work.addService(OFFICE, service(zhang, east, day, "24"));
        assertEquals(0, new BigDecimal("24").compareTo(saved.hours()));
        assertEquals("office", saved.recordedBy());
        assertEquals(1, services(zhang));
    }

    @Test
    void aServiceOutsideAnEnrolmentInThatCommunityIsRefusedNamingMemberAndCommunity() {
        ConsoleException before = assertThrows(ConsoleException.class,
                () -> work.addService(OFFICE, service(zhang, east, LocalDate.of(2025, 2, 28), "2")));
        assertEquals("error.work.notEnrolled", before.key());
        assertTrue(before.localized(ZH).contains("张三") && before.localized(ZH).contains("东虹社区"), before.localized(ZH));
        assertTrue(before.localized(EN).contains("张三") && before.localized(EN).contains("东虹社区"));
        ConsoleException otherCommunity = assertThrows(ConsoleException.class,
                () -> work.addService(OFFICE, service(zhang, west, LocalDate.of(2026, 5, 1), "2")));
        assertTrue(otherCommunity.localized(ZH).contains("西园社区"));
        ConsoleException afterMoving = assertThrows(ConsoleException.class,
                () -> work.addService(OFFICE, service(li, west, LocalDate.of(2026, 7, 1), "2")));
        assertEquals("error.work.notEnrolled", afterMoving.key());
        ValidationException future = assertThrows(ValidationException.class,
                () -> work.addService(OFFICE, service(zhang, east, LocalDate.of(2026, 11, 30), "2")));
        assertEquals("error.dateInFuture", problemKey(future, "service.servedOn"));
        assertEquals(0, services(zhang) + services(li));
        work.addService(OFFICE, service(li, west, LocalDate.of(2026, 6, 30), "2"));
        work.addService(OFFICE, service(li, east, LocalDate.of(2026, 7, 1), "1.5"));
        work.addService(OFFICE, service(zhang, east, LocalDate.of(2026, 11, 29), "1"));
        assertEquals(3, services(zhang) + services(li));
    }

    @Test
    void aSecondCardForAQuarterIsRefusedNamingTheFirstAndNothingIsSaved() {
        Feedback first = work.addFeedback(OFFICE, card(zhang, eastBranch, 2026, 1, Rating.GOOD));
        ConsoleException twice = assertThrows(ConsoleException.class,
                () -> work.addFeedback(ADMIN, card(zhang, eastBranch, 2026, 1, Rating.POOR)));
        assertEquals("error.work.feedbackTwice", twice.key());
        String message = twice.localized(ZH);
        assertTrue(message.contains("张三") && message.contains("2026") && message.contains("东虹社区党支部")
                && message.contains("office"), message);
        List<Feedback> cards = cards(zhang);
        assertEquals(1, cards.size());
        assertEquals(Rating.GOOD, cards.get(0).rating());

        Feedback changed = new Feedback(first.id(), zhang, eastBranch, 2026, 1, 4, 3, new BigDecimal("8.0"),
                Rating.FAIRLY_GOOD, "改", null, first.version());
        Feedback updated = work.updateFeedback(ADMIN, changed);
        assertEquals(Rating.FAIRLY_GOOD, updated.rating());
        assertEquals("admin", updated.recordedBy());
        assertThrows(StaleDataException.class, () -> work.updateFeedback(OFFICE, changed));
        Feedback second = work.addFeedback(OFFICE, card(zhang, eastBranch, 2026, 2, Rating.AVERAGE));
        Feedback clash = new Feedback(second.id(), zhang, eastBranch, 2026, 1, 1, 1, BigDecimal.ONE, Rating.GOOD,
                null, null, second.version());
        assertEquals("error.work.feedbackTwice", assertThrows(ConsoleException.class,
                () -> work.updateFeedback(OFFICE, clash)).key());
        assertEquals(2, cards(zhang).size());

        ValidationException bad = assertThrows(ValidationException.class, () -> work.addFeedback(OFFICE,
                new Feedback(null, zhang, eastBranch, 2026, 5, -1, null, new BigDecimal("1.25"), null, null, null, null)));
        assertEquals("error.work.quarter", problemKey(bad, "feedback.quarter"));
        assertEquals("error.work.count", problemKey(bad, "feedback.contacts"));
        assertEquals("error.required", problemKey(bad, "feedback.activities"));
        assertEquals("error.work.oneDecimal", problemKey(bad, "feedback.hours"));
        assertEquals("error.required", problemKey(bad, "feedback.rating"));
        assertEquals("error.work.year", problemKey(assertThrows(ValidationException.class,
                () -> work.addFeedback(OFFICE, card(zhang, eastBranch, 2027, 1, Rating.GOOD))), "feedback.year"));
    }

    @Test
    void aCardForAQuarterNotEndedIsRefusedOnTheQuarterField() {
        // today is 2026-11-29: the fourth quarter runs to 31 December
        ValidationException early = assertThrows(ValidationException.class,
                () -> work.addFeedback(OFFICE, card(zhang, eastBranch, 2026, 4, Rating.GOOD)));
        assertEquals("error.work.quarterNotEnded", problemKey(early, "feedback.quarter"));
        assertEquals(0, cards(zhang).size());
        // the third ended on 30 September
        work.addFeedback(OFFICE, card(zhang, eastBranch, 2026, 3, Rating.GOOD));
        assertEquals(1, cards(zhang).size());
    }

    @Test
    void aCardFromTheBranchOfACommunityTheMemberWasNotEnrolledInIsRefused() {
        ConsoleException other = assertThrows(ConsoleException.class,
                () -> work.addFeedback(OFFICE, card(zhang, westBranch, 2026, 2, Rating.GOOD)));
        assertEquals("error.work.feedbackNotEnrolled", other.key());
        assertTrue(other.localized(ZH).contains("张三") && other.localized(ZH).contains("西园社区党支部"));
        ConsoleException afterMoving = assertThrows(ConsoleException.class,
                () -> work.addFeedback(OFFICE, card(li, westBranch, 2026, 3, Rating.GOOD)));
        assertEquals("error.work.feedbackNotEnrolled", afterMoving.key());
        ConsoleException workUnit = assertThrows(ConsoleException.class,
                () -> work.addFeedback(OFFICE, card(zhang, branchA, 2026, 2, Rating.GOOD)));
        assertEquals("error.work.notCommunityBranch", workUnit.key());
        assertTrue(cards(zhang).isEmpty() && cards(li).isEmpty());
        work.addFeedback(OFFICE, card(li, westBranch, 2026, 2, Rating.GOOD));
        work.addFeedback(OFFICE, card(li, eastBranch, 2026, 3, Rating.GOOD));
        assertEquals(2, cards(li).size());
    }

    @Test
    void aSecretaryRecordsOnlyForTheMembersAndTheCardsOfTheirBranch() {
        Session westSecretary = party.secretaryOf(westBranch, "west");
        Session secretaryB = party.secretaryOf(branchB, "sales");
        Session secretaryA = party.secretaryOf(branchA, "ops");
        ConsoleException notTheirs = assertThrows(ConsoleException.class,
                () -> work.addFeedback(westSecretary, card(zhang, eastBranch, 2026, 2, Rating.GOOD)));
        assertEquals("error.party.notYourBranch", notTheirs.key());
        assertTrue(notTheirs.localized(ZH).contains("张三"));
        ConsoleException otherBranch = assertThrows(ConsoleException.class,
                () -> work.addFeedback(westSecretary, card(li, eastBranch, 2026, 3, Rating.GOOD)));
        assertEquals("error.work.feedbackOtherBranch", otherBranch.key());
        assertTrue(otherBranch.localized(ZH).contains("东虹社区党支部"));
        assertEquals("error.work.feedbackOtherBranch", assertThrows(ConsoleException.class,
                () -> work.addFeedback(secretaryA, card(zhang, eastBranch, 2026, 2, Rating.GOOD))).key());
        assertEquals("error.party.notYourBranch", assertThrows(ConsoleException.class,
                () -> work.addService(secretaryB, service(zhang, east, LocalDate.of(2026, 5, 1), "2"))).key());
        assertEquals("error.party.notYourBranch", assertThrows(ConsoleException.class,
                () -> work.addPoints(secretaryB, points(zhang, LocalDate.of(2026, 5, 1), "5", "表彰"))).key());
        assertThrows(AccessDeniedException.class,
                () -> work.addService(VIEWER, service(zhang, east, LocalDate.of(2026, 5, 1), "2")));
        assertTrue(cards(zhang).isEmpty() && cards(li).isEmpty());
        assertEquals(0, services(zhang));

        work.addFeedback(westSecretary, card(li, westBranch, 2026, 2, Rating.GOOD));
        work.addService(secretaryA, service(zhang, east, LocalDate.of(2026, 5, 1), "2"));
        work.addPoints(secretaryA, points(zhang, LocalDate.of(2026, 5, 1), "5", "表彰"));
        assertEquals(List.of(westBranch), work.feedbackBranches(westSecretary, li).stream().map(OrgRef::id).toList());
        assertEquals("error.party.notYourBranch", assertThrows(ConsoleException.class,
                () -> work.timeline(secretaryB, zhang)).key());
    }

    @Test
    void aDeleteActsOnTheRecordAsSavedWhateverMemberTheCallerNames() {
        Session secretaryA = party.secretaryOf(branchA, "ops");
        ServiceRecord wangs = work.addService(OFFICE, service(wang, west, LocalDate.of(2026, 5, 1), "2"));
        PointEntry wangsPoints = work.addPoints(OFFICE, points(wang, LocalDate.of(2026, 5, 1), "5", "表彰"));
        // 王五 is in branch B; the secretary of A names their own 张三 in the records they send
        ServiceRecord forged = new ServiceRecord(wangs.id(), zhang, east, wangs.servedOn(), wangs.content(),
                wangs.hours(), null, wangs.version());
        PointEntry forgedPoints = new PointEntry(wangsPoints.id(), zhang, wangsPoints.enteredOn(),
                wangsPoints.points(), wangsPoints.reason(), null, wangsPoints.version());
        ConsoleException refused = assertThrows(ConsoleException.class, () -> work.delete(secretaryA, forged));
        assertEquals("error.party.notYourBranch", refused.key());
        assertTrue(refused.localized(ZH).contains("王五"), refused.localized(ZH));
        assertThrows(ConsoleException.class, () -> work.delete(secretaryA, forgedPoints));
        assertEquals(1, services(wang));
        assertTrue(work.timeline(OFFICE, wang).stream().anyMatch(e -> e.kind() == TimelineEntry.Kind.POINTS));
    }

    @Test
    void aCardStaysTheCardOfItsMemberWhenEdited() {
        Feedback saved = work.addFeedback(OFFICE, card(li, westBranch, 2026, 2, Rating.GOOD));
        Feedback moved = new Feedback(saved.id(), wang, saved.communityBranchId(), saved.year(), saved.quarter(),
                saved.contacts(), saved.activities(), saved.hours(), Rating.AVERAGE, saved.comments(), null,
                saved.version());
        work.updateFeedback(OFFICE, moved);
        assertEquals(List.of(Rating.AVERAGE), cards(li).stream().map(Feedback::rating).toList());
        assertTrue(cards(wang).isEmpty());
    }

    @Test
    void aCommunityRankingCountsTheHoursServedThereAndASecretaryIsOfferedTheirOwnGroups() {
        // 李四 served in 西园 before moving to 东虹 in July
        work.addService(OFFICE, service(li, west, LocalDate.of(2026, 3, 1), "4"));
        work.addService(OFFICE, service(li, east, LocalDate.of(2026, 8, 1), "1.5"));
        PointsRow inEast = work.ranking(OFFICE, 2026, RankingScope.COMMUNITY, east).stream()
                .filter(r -> r.member().id() == li).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("1.5").compareTo(inEast.hours()), "only the hours served in 东虹");
        PointsRow inBranch = work.ranking(OFFICE, 2026, RankingScope.BRANCH, branchA).stream()
                .filter(r -> r.member().id() == li).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("5.5").compareTo(inBranch.hours()), "the branch counts every hour");

        Session secretaryA = party.secretaryOf(branchA, "ops");
        Session eastSecretary = party.secretaryOf(eastBranch, "east");
        assertEquals(List.of(branchA), work.rankingGroups(secretaryA, RankingScope.BRANCH).stream().map(OrgRef::id).toList());
        assertEquals(List.of(east), work.rankingGroups(eastSecretary, RankingScope.COMMUNITY).stream().map(OrgRef::id).toList());
        assertTrue(work.rankingGroups(eastSecretary, RankingScope.BRANCH).isEmpty());
        assertEquals(2, work.rankingGroups(OFFICE, RankingScope.BRANCH).size());
    }

    @Test
    void aCommunitySecretaryKeepsMembersWhoLeftSinceLastYearButNotThoseWhoLeftBefore() {
        long zhao = party.member("赵六", t.city(), branchB).id();
        long sun = party.member("孙七", t.city(), branchB).id();
        party.enrol(zhao, eastGrid, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 2, 1));
        party.enrol(sun, eastGrid, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));
        Session eastSecretary = party.secretaryOf(eastBranch, "east");
        work.timeline(eastSecretary, zhao);
        assertEquals("error.party.notYourBranch",
                assertThrows(ConsoleException.class, () -> work.timeline(eastSecretary, sun)).key(),
                "孙七 left 东虹 before last year");
        assertThrows(ConsoleException.class,
                () -> work.addPoints(eastSecretary, points(sun, LocalDate.of(2026, 5, 1), "5", "表彰")));
    }

    @Test
    void pointsAreTheYearsHoursTimesTheSettingPlusBonusMinusDeductions() {
        work.addService(OFFICE, service(zhang, east, LocalDate.of(2025, 12, 31), "4"));
        work.addService(OFFICE, service(zhang, east, LocalDate.of(2026, 3, 1), "2.5"));
        work.addService(OFFICE, service(zhang, east, LocalDate.of(2026, 9, 1), "3"));
        work.addPoints(OFFICE, points(zhang, LocalDate.of(2026, 4, 1), "5", "优秀志愿者"));
        work.addPoints(OFFICE, points(zhang, LocalDate.of(2026, 5, 1), "-2", "缺席活动"));
        work.addPoints(OFFICE, points(zhang, LocalDate.of(2025, 5, 1), "100", "去年"));

        PointsRow row = row(work.ranking(VIEWER, 2026, RankingScope.BRANCH, branchA), zhang);
        assertEquals(new BigDecimal("5.5"), row.hours());
        assertEquals(new BigDecimal("5.5"), row.hourPoints());
        assertEquals(new BigDecimal("5.0"), row.bonus());
        assertEquals(new BigDecimal("2.0"), row.deductions());
        assertEquals(0, new BigDecimal("8.5").compareTo(row.total()));
        assertEquals("东虹社区", row.communityName());

        AppraisalRules rules = t.services().partySettings().rules();
        t.services().partySettings().save(ADMIN, new AppraisalRules(rules.grades(), rules.thresholds(),
                rules.unitWeight(), rules.excellentCap(), rules.excellentShareNumerator(),
                rules.excellentShareDenominator(), rules.neverReportedCap(), rules.unqualifiedNeedsReason(),
                new BigDecimal("1.5")));
        PointsRow again = row(work.ranking(VIEWER, 2026, RankingScope.COMMUNITY, east), zhang);
        assertEquals(0, new BigDecimal("8.3").compareTo(again.hourPoints()), again.hourPoints().toString());
        assertEquals(0, new BigDecimal("11.3").compareTo(again.total()), again.total().toString());

        ValidationException zero = assertThrows(ValidationException.class,
                () -> work.addPoints(OFFICE, points(zhang, LocalDate.of(2026, 5, 1), "0", " ")));
        assertEquals("error.work.pointsZero", problemKey(zero, "points.points"));
        assertEquals("error.required", problemKey(zero, "points.reason"));
    }

    @Test
    void equalTotalsShareARankAndTheNextRankSkips() {
        work.addService(OFFICE, service(zhang, east, LocalDate.of(2026, 8, 1), "3"));
        work.addPoints(OFFICE, points(li, LocalDate.of(2026, 8, 1), "3", "表彰"));
        List<PointsRow> rows = work.ranking(ADMIN, 2026, RankingScope.BRANCH, branchA);
        assertEquals(2, rows.size(), "王五 is in branch B");
        assertEquals(List.of(1, 1), rows.stream().map(PointsRow::rank).toList());
        long third = party.member("赵六", t.city(), branchA).id();
        assertEquals(List.of(1, 1, 3), work.ranking(ADMIN, 2026, RankingScope.BRANCH, branchA).stream()
                .map(PointsRow::rank).toList());
        assertEquals(third, work.ranking(ADMIN, 2026, RankingScope.BRANCH, branchA).get(2).member().id());

        List<PointsRow> west2026 = work.ranking(ADMIN, 2026, RankingScope.COMMUNITY, west);
        assertEquals(List.of("李四", "王五"), west2026.stream().map(r -> r.member().name()).toList(),
                "李四 was enrolled in 西园 during 2026 until June");
        assertTrue(work.ranking(ADMIN, 2024, RankingScope.COMMUNITY, west).isEmpty());
    }

    @Test
    void theTimelineListsEverythingNewestFirst() {
        work.addService(OFFICE, service(li, west, LocalDate.of(2026, 6, 30), "2"));
        work.addFeedback(OFFICE, card(li, westBranch, 2026, 2, Rating.GOOD));
        work.addPoints(OFFICE, points(li, LocalDate.of(2026, 8, 1), "-1", "迟到"));
        party.appraisal(Appraisal.draft(li, branchA, 2025).withConfirmed(Grade.EXCELLENT, null,
                LocalDateTime.of(2026, 1, 15, 9, 0)));
        party.appraisal(Appraisal.draft(li, branchA, 2026));
        List<TimelineEntry> timeline = work.timeline(VIEWER, li);
        assertEquals(List.of(TimelineEntry.Kind.APPRAISAL, TimelineEntry.Kind.POINTS, TimelineEntry.Kind.MOVED,
                        TimelineEntry.Kind.FEEDBACK, TimelineEntry.Kind.SERVICE, TimelineEntry.Kind.APPRAISAL,
                        TimelineEntry.Kind.ENROLLED),
                timeline.stream().map(TimelineEntry::kind).toList());
        for (int i = 1; i < timeline.size(); i++) {
            assertFalse(timeline.get(i).date().isAfter(timeline.get(i - 1).date()));
        }
        for (TimelineEntry e : timeline) {
            String text = ZH.text(e.textKey(), e.args().stream()
                    .map(a -> a instanceof Enum<?> en ? ZH.label(en) : a).toArray());
            assertFalse(text.contains("!"), text);
        }
        assertEquals("work.timeline.deduction", timeline.get(1).textKey());
        assertEquals(List.of("2025", AppraisalStatus.CONFIRMED, Grade.EXCELLENT), timeline.get(5).args());
    }

    @Test
    void deletingARecordIsAuditedAndEveryChangeToo() {
        ServiceRecord s = work.addService(OFFICE, service(zhang, east, LocalDate.of(2026, 5, 1), "2"));
        Feedback f = work.addFeedback(OFFICE, card(zhang, eastBranch, 2026, 2, Rating.GOOD));
        PointEntry p = work.addPoints(OFFICE, points(zhang, LocalDate.of(2026, 5, 1), "2", "表彰"));
        assertThrows(AccessDeniedException.class, () -> work.delete(VIEWER, s));
        work.delete(OFFICE, s);
        work.delete(OFFICE, f);
        work.delete(ADMIN, p);
        assertThrows(StaleDataException.class, () -> work.delete(OFFICE, s));
        assertTrue(work.timeline(ADMIN, zhang).stream().allMatch(e -> e.record() == null));
        for (String entity : List.of("COMMUNITY_SERVICE", "FEEDBACK", "POINT_ENTRY")) {
            List<AuditEntry> entries = t.services().audit().find(ADMIN, new AuditFilter(null, null, null, entity, null, 10));
            assertEquals(List.of(AuditAction.DELETE, AuditAction.CREATE), entries.stream().map(AuditEntry::action).toList(),
                    entity);
            assertTrue(entries.get(0).summary().contains("张三"));
        }
    }

    @Test
    void theTreeShowsCommunitiesGridsAndActiveMembersWithinTheSecretarysScope() {
        List<CommunityNode> all = work.tree(ADMIN);
        assertEquals(List.of("东虹社区", "西园社区"), all.stream().map(CommunityNode::name).toList());
        assertEquals(List.of("张三", "李四"), all.get(0).grids().get(0).members().stream()
                .map(m -> m.member().name()).toList());
        assertEquals(List.of("王五"), all.get(1).grids().get(0).members().stream().map(m -> m.member().name()).toList(),
                "李四's ended enrolment in 西园 does not show");
        Session secretaryB = party.secretaryOf(branchB, "sales");
        List<CommunityNode> scoped = work.tree(secretaryB);
        assertEquals(List.of("西园社区"), scoped.stream().map(CommunityNode::name).toList());
        assertEquals(List.of("王五"), scoped.get(0).grids().get(0).members().stream().map(m -> m.member().name()).toList());

        // the outline has the same communities and grids, each counting the members the tree shows, none read
        for (Session who : List.of(ADMIN, secretaryB)) {
            List<CommunityNode> tree = work.tree(who);
            List<CommunityNode> outline = work.outline(who);
            assertEquals(tree.stream().map(CommunityNode::name).toList(),
                    outline.stream().map(CommunityNode::name).toList());
            for (int c = 0; c < tree.size(); c++) {
                assertEquals(tree.get(c).grids().stream().map(g -> g.name() + "=" + g.members().size()).toList(),
                        outline.get(c).grids().stream().map(g -> g.name() + "=" + g.memberCount()).toList(),
                        who.username());
                assertTrue(outline.get(c).grids().stream().allMatch(g -> g.members().isEmpty()));
            }
        }
        assertEquals(2, work.outline(ADMIN).get(0).grids().get(0).memberCount(), "东虹's grid counts 张三 and 李四");
    }

    List<Feedback> cards(long member) {
        return work.timeline(ADMIN, member).stream().filter(e -> e.record() instanceof Feedback)
                .map(e -> (Feedback) e.record()).toList();
    }

    static PointsRow row(List<PointsRow> rows, long member) {
        return rows.stream().filter(r -> r.member().id() == member).findFirst().orElseThrow();
    }

    static String problemKey(ValidationException v, String field) {
        return v.problems().stream().filter(p -> p.field().equals(field)).findFirst().map(p -> p.key()).orElse(null);
    }
}
