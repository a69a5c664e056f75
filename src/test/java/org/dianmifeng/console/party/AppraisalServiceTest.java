package org.dianmifeng.console.party;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.AuditEntry;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.ValidationException;
import org.dianmifeng.console.testing.PartyFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The appraisal service: bad input and every refusal leave the data as it was. */
class AppraisalServiceTest {
    private static final int YEAR = 2026;
    @TempDir
    Path dir;
    TestServices t;
    AppraisalService service;
    PartyFixtures f;
    long branchA;
    long branchB;
    long communityBranch1;
    long communityBranch2;
    long zhang;
    long li;
    long wang;
    long zhao;
    Session secretaryA;
    Session secretaryC1;

    @BeforeEach
    void setUp() {
        t = new TestServices(dir);
        service = t.services().appraisals();
        f = new PartyFixtures(t);
        Unit yixing = t.unit("YX", "宜兴市供电公司", t.city());
        branchA = f.workBranch("YX-YJ", "运检党支部", yixing).id();
        branchB = f.workBranch("YX-YX", "营销党支部", yixing).id();
        long c1 = f.community("YC", "阳泉社区").id();
        long c2 = f.community("TX", "团氿社区").id();
        long g1 = f.grid(c1, "第一网格").id();
        f.grid(c2, "第一网格");
        communityBranch1 = f.communityBranch("YC-DZB", "阳泉社区党支部", c1).id();
        communityBranch2 = f.communityBranch("TX-DZB", "团氿社区党支部", c2).id();
        zhang = f.member("张三", yixing, branchA).id();
        li = f.member("李四", yixing, branchA).id();
        wang = f.member("王五", yixing, branchA).id();
        zhao = f.member("赵六", yixing, branchB).id();
        f.enrol(zhang, g1, LocalDate.of(2026, 3, 1));
        f.enrol(li, g1, LocalDate.of(2026, 3, 1));
        f.enrol(zhao, g1, LocalDate.of(2026, 3, 1));
        secretaryA = f.secretaryOf(branchA, "sec.yj");
        secretaryC1 = f.secretaryOf(communityBranch1, "sec.yc");
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private AppraisalRow row(long memberId) {
        long branch = memberId == zhao ? branchB : branchA;
        return service.rows(ADMIN, branch, YEAR).stream().filter(r -> r.member().id() == memberId).findFirst().orElseThrow();
    }

    private void score(long memberId, String unit, String community) {
        AppraisalRow r = row(memberId);
        Appraisal a = service.evaluateUnit(ADMIN, r.id(), r.version(), new BigDecimal(unit), "单位意见");
        service.evaluateCommunity(ADMIN, a.id(), a.version(), communityBranch1, new BigDecimal(community), "社区意见");
    }

    @Test
    void startCreatesDraftsForEveryMemberOnceAndBothScoresEvaluate() {
        assertEquals(3, service.start(OFFICE, branchA, YEAR));
        assertEquals(0, service.start(OFFICE, branchA, YEAR));
        List<AppraisalRow> rows = service.rows(ADMIN, branchA, YEAR);
        assertEquals(List.of("张三", "李四", "王五").stream().sorted().toList(),
                rows.stream().map(r -> r.member().name()).sorted().toList());
        assertTrue(rows.stream().allMatch(r -> r.status() == AppraisalStatus.DRAFT));
        assertEquals("阳泉社区 · 第一网格", row(zhang).enrolment());
        assertNull(row(wang).enrolment());

        AppraisalRow r = row(zhang);
        Appraisal a = service.evaluateUnit(secretaryA, r.id(), r.version(), new BigDecimal("80"), "好");
        assertEquals(AppraisalStatus.DRAFT, a.status());
        assertEquals(List.of(communityBranch1), service.communityBranchesFor(ADMIN, a.id()).stream()
                .map(AppraisalBranch::id).toList());
        a = service.evaluateCommunity(secretaryC1, a.id(), a.version(), communityBranch1, new BigDecimal("90"), "积极");
        assertEquals(AppraisalStatus.EVALUATED, a.status());
        assertEquals(new BigDecimal("84.00"), a.combinedScore());
        assertEquals(Grade.QUALIFIED, a.scoreGrade());
        assertEquals("sec.yc", a.communityBy());
        assertEquals("阳泉社区党支部", row(zhang).communityBranchName());
    }

    @Test
    void aMemberWhoNeverReportedIsEvaluatedOnTheUnitScoreAloneAndProposedAtMostBasicallyQualified() {
        service.start(OFFICE, branchA, YEAR);
        AppraisalRow r = row(wang);
        assertTrue(service.communityBranchesFor(ADMIN, r.id()).isEmpty(), "no community branch can evaluate 王五");
        Appraisal a = service.evaluateUnit(ADMIN, r.id(), r.version(), new BigDecimal("95"), "工作出色");
        assertEquals(AppraisalStatus.EVALUATED, a.status());
        assertEquals(new BigDecimal("95.00"), a.combinedScore());
        AppraisalRow zhangRow = row(zhang);
        assertEquals(AppraisalStatus.DRAFT, service.evaluateUnit(ADMIN, zhangRow.id(), zhangRow.version(),
                new BigDecimal("95"), "好").status(), "an enrolled member still waits for the community");
        service.propose(OFFICE, branchA, YEAR);
        AppraisalRow proposed = row(wang);
        assertEquals(Grade.EXCELLENT, proposed.scoreGrade());
        assertEquals(Grade.BASICALLY_QUALIFIED, proposed.proposedGrade());
        assertEquals("NEVER_REPORTED", proposed.ruleNotes());
    }

    @Test
    void savingAReturnedAppraisalUnchangedEvaluatesItAgainAndItCanBeProposedAndConfirmed() {
        service.start(ADMIN, branchA, YEAR);
        score(zhang, "80", "80");
        service.propose(ADMIN, branchA, YEAR);
        AppraisalRow proposed = row(zhang);
        service.returnProposal(secretaryA, proposed.id(), proposed.version(), "请补充社区服务情况");
        AppraisalRow returned = row(zhang);
        Appraisal a = returned.appraisal();
        Appraisal again = service.evaluate(ADMIN, a.id(), a.version(), new AppraisalEvaluation(a.selfReview(),
                a.unitScore(), a.unitComment(), a.communityBranchId(), a.communityScore(), a.communityComment()));
        assertEquals(AppraisalStatus.EVALUATED, again.status());
        assertEquals(1, service.propose(ADMIN, branchA, YEAR));
        service.confirm(secretaryA, List.of(row(zhang)));
        assertEquals(Grade.QUALIFIED, row(zhang).grade());
    }

    @Test
    void proposalsUseTheWeightsInForceAndAGradeTakenOutOfUseCannotBeConfirmed() {
        service.start(ADMIN, branchA, YEAR);
        score(zhang, "100", "50");
        assertEquals(new BigDecimal("80.00"), row(zhang).combinedScore(), "60/40 when evaluated");
        AppraisalRules d = AppraisalRules.defaults();
        t.services().partySettings().save(ADMIN, new AppraisalRules(d.grades(), d.thresholds(), 20, d.excellentCap(),
                d.excellentShareNumerator(), d.excellentShareDenominator(), d.neverReportedCap(),
                d.unqualifiedNeedsReason(), d.pointsPerHour()));
        service.propose(ADMIN, branchA, YEAR);
        AppraisalRow proposed = row(zhang);
        assertEquals(new BigDecimal("60.00"), proposed.combinedScore(), "20/80 when proposed");
        assertEquals(Grade.BASICALLY_QUALIFIED, proposed.proposedGrade());

        t.services().partySettings().save(ADMIN, new AppraisalRules(
                List.of(Grade.EXCELLENT, Grade.QUALIFIED, Grade.UNQUALIFIED), d.thresholds(), 20, d.excellentCap(),
                d.excellentShareNumerator(), d.excellentShareDenominator(), d.neverReportedCap(),
                d.unqualifiedNeedsReason(), d.pointsPerHour()));
        ConsoleException outdated = assertThrows(ConsoleException.class,
                () -> service.confirm(secretaryA, List.of(row(zhang))));
        assertEquals("error.appraisal.proposalOutdated", outdated.key());
        assertTrue(outdated.localized(Messages.of(Messages.CHINESE)).contains("基本合格"));
        assertEquals(AppraisalStatus.PROPOSED, row(zhang).status());
    }

    @Test
    void aMemberEnrolledOnlyInEarlierYearsCountsAsNotReportedThisYear() {
        long g1 = t.services().organisation().grids(ADMIN, null).get(0).grid().id();
        f.enrol(wang, g1, LocalDate.of(2023, 3, 1), LocalDate.of(2024, 6, 30));
        service.start(ADMIN, branchA, YEAR);
        AppraisalRow r = row(wang);
        service.evaluateUnit(ADMIN, r.id(), r.version(), new BigDecimal("96"), null);
        service.propose(ADMIN, branchA, YEAR);
        assertEquals(Grade.BASICALLY_QUALIFIED, row(wang).proposedGrade());
        assertEquals("NEVER_REPORTED", row(wang).ruleNotes());
    }

    @Test
    void aScoreOutside0To100IsRefusedNamingTheFieldAndNothingChanges() {
        service.start(ADMIN, branchA, YEAR);
        AppraisalRow r = row(zhang);
        ValidationException high = assertThrows(ValidationException.class,
                () -> service.evaluateUnit(ADMIN, r.id(), r.version(), new BigDecimal("101"), null));
        assertTrue(high.hasProblem("appraisal.unitScore"));
        String text = high.localized(Messages.of(Messages.CHINESE));
        assertTrue(text.contains("单位评价得分") && text.contains("101"), text);
        ValidationException low = assertThrows(ValidationException.class,
                () -> service.evaluateCommunity(ADMIN, r.id(), r.version(), communityBranch1, new BigDecimal("-1"), null));
        assertTrue(low.hasProblem("appraisal.communityScore"));
        assertTrue(low.localized(Messages.of(Messages.ENGLISH)).contains("Community score"));
        ValidationException decimals = assertThrows(ValidationException.class,
                () -> service.evaluateUnit(ADMIN, r.id(), r.version(), new BigDecimal("80.25"), null));
        assertTrue(decimals.hasProblem("appraisal.unitScore"));

        AppraisalRow after = row(zhang);
        assertNull(after.unitScore());
        assertNull(after.communityScore());
        assertEquals(r.version(), after.version());
        assertEquals(AppraisalStatus.DRAFT, after.status());
    }

    @Test
    void aCommunityEvaluationFromABranchTheMemberIsNotEnrolledUnderIsRefused() {
        service.start(ADMIN, branchA, YEAR);
        AppraisalRow r = row(zhang);
        ConsoleException e = assertThrows(ConsoleException.class, () -> service.evaluateCommunity(ADMIN, r.id(),
                r.version(), communityBranch2, new BigDecimal("90"), null));
        assertEquals("error.appraisal.notEnrolledUnder", e.key());
        String text = e.localized(Messages.of(Messages.CHINESE));
        assertTrue(text.contains("张三") && text.contains("团氿社区党支部") && text.contains("2026"), text);
        // 王五 never enrolled anywhere: no branch may evaluate him
        AppraisalRow w = row(wang);
        assertEquals(List.of(), service.communityBranchesFor(ADMIN, w.id()));
        assertThrows(ConsoleException.class, () -> service.evaluateCommunity(ADMIN, w.id(), w.version(),
                communityBranch1, new BigDecimal("90"), null));
        assertNull(row(zhang).communityScore());
        assertNull(row(zhang).appraisal().communityBranchId());
        assertEquals(r.version(), row(zhang).version());
    }

    @Test
    void anUnqualifiedWithoutReasonIsRefusedInBulkConfirmAndNothingIsConfirmed() {
        service.start(ADMIN, branchA, YEAR);
        score(zhang, "50", "50");
        score(li, "80", "80");
        assertEquals(2, service.propose(secretaryA, branchA, YEAR));
        AppraisalRow z = row(zhang);
        assertEquals(Grade.UNQUALIFIED, z.proposedGrade());
        List<AppraisalRow> shown = List.of(z, row(li));

        ConsoleException e = assertThrows(ConsoleException.class, () -> service.confirm(secretaryA, shown));
        assertEquals("error.appraisal.reasonMissing", e.key());
        assertTrue(e.localized(Messages.of(Messages.CHINESE)).contains("张三"));
        assertTrue(!e.localized(Messages.of(Messages.CHINESE)).contains("李四"));
        assertEquals(AppraisalStatus.PROPOSED, row(zhang).status());
        assertEquals(AppraisalStatus.PROPOSED, row(li).status());
        assertNull(row(li).grade());

        service.setReason(secretaryA, z.id(), z.version(), "全年无故不参加组织生活");
        ConsoleException stale = assertThrows(ConsoleException.class, () -> service.confirm(secretaryA, shown));
        assertEquals("error.appraisal.changedSinceShown", stale.key(), "张三 changed since the board showed it");
        assertEquals(AppraisalStatus.PROPOSED, row(li).status(), "nothing confirmed");
        List<Appraisal> confirmed = service.confirm(secretaryA, List.of(row(zhang), row(li)));
        assertEquals(2, confirmed.size());
        assertEquals(Grade.UNQUALIFIED, row(zhang).grade());
        assertEquals(Grade.QUALIFIED, row(li).grade());
        assertEquals("sec.yj", row(li).appraisal().confirmedBy());
        assertEquals(AppraisalStatus.CONFIRMED, row(li).status());
        Map<Grade, Long> counts = service.distribution(service.rows(ADMIN, branchA, YEAR));
        assertEquals(1L, counts.get(Grade.UNQUALIFIED));
        assertEquals(1L, counts.get(Grade.QUALIFIED));
        assertEquals(0L, counts.get(Grade.EXCELLENT));
    }

    @Test
    void aScoreChangeOnAProposalOrReturnSetsItBackToEvaluatedAndAReturnNeedsAComment() {
        service.start(ADMIN, branchA, YEAR);
        score(zhang, "95", "95");
        service.propose(ADMIN, branchA, YEAR);
        AppraisalRow r = row(zhang);
        assertEquals(AppraisalStatus.PROPOSED, r.status());
        ValidationException noComment = assertThrows(ValidationException.class,
                () -> service.returnProposal(secretaryA, r.id(), r.version(), "  "));
        assertTrue(noComment.hasProblem("appraisal.returnComment"));
        Appraisal returned = service.returnProposal(secretaryA, r.id(), r.version(), "社区评价偏高，请复核");
        assertEquals(AppraisalStatus.RETURNED, returned.status());
        Appraisal again = service.evaluateUnit(ADMIN, returned.id(), returned.version(), new BigDecimal("85"), null);
        assertEquals(AppraisalStatus.EVALUATED, again.status());
        assertNull(again.proposedGrade());
        assertEquals(new BigDecimal("89.00"), again.combinedScore());
        service.propose(ADMIN, branchA, YEAR);
        AppraisalRow p = row(zhang);
        Appraisal back = service.evaluateCommunity(ADMIN, p.id(), p.version(), communityBranch1, new BigDecimal("70"), null);
        assertEquals(AppraisalStatus.EVALUATED, back.status());
    }

    @Test
    void editingAConfirmedAppraisalIsRefusedAsLocked() {
        service.start(ADMIN, branchA, YEAR);
        score(li, "80", "80");
        service.propose(ADMIN, branchA, YEAR);
        service.confirm(ADMIN, List.of(row(li)));
        AppraisalRow r = row(li);
        ConsoleException unit = assertThrows(ConsoleException.class,
                () -> service.evaluateUnit(ADMIN, r.id(), r.version(), new BigDecimal("99"), null));
        assertEquals("error.appraisal.locked", unit.key());
        assertTrue(unit.localized(Messages.of(Messages.CHINESE)).contains("李四"));
        assertThrows(ConsoleException.class, () -> service.saveSelfReview(ADMIN, r.id(), r.version(), "改"));
        assertThrows(ConsoleException.class, () -> service.setReason(ADMIN, r.id(), r.version(), "改"));
        assertThrows(ConsoleException.class, () -> service.returnProposal(ADMIN, r.id(), r.version(), "改"));
        assertThrows(ConsoleException.class, () -> service.confirm(ADMIN, List.of(r)));
        // proposing again leaves the confirmed one alone (the other two are drafts)
        assertEquals(0, service.propose(ADMIN, branchA, YEAR));
        AppraisalRow after = row(li);
        assertEquals(new BigDecimal("80.0"), after.unitScore());
        assertEquals(AppraisalStatus.CONFIRMED, after.status());
        assertEquals(r.version(), after.version());
    }

    @Test
    void aSecretaryActingOnAnotherBranchsMemberIsRefused() {
        service.start(ADMIN, branchA, YEAR);
        service.start(ADMIN, branchB, YEAR);
        AppraisalRow z = row(zhao);
        ConsoleException e = assertThrows(ConsoleException.class,
                () -> service.evaluateUnit(secretaryA, z.id(), z.version(), new BigDecimal("80"), null));
        assertEquals("error.party.notYourBranch", e.key());
        assertTrue(e.localized(Messages.of(Messages.CHINESE)).contains("赵六"));
        ConsoleException start = assertThrows(ConsoleException.class, () -> service.start(secretaryA, branchB, YEAR));
        assertEquals("error.appraisal.branchNotYours", start.key());
        assertThrows(ConsoleException.class, () -> service.propose(secretaryA, branchB, YEAR));
        // the community secretary gives only the community evaluation, not the unit one
        AppraisalRow zh = row(zhang);
        assertThrows(ConsoleException.class,
                () -> service.evaluateUnit(secretaryC1, zh.id(), zh.version(), new BigDecimal("80"), null));
        assertThrows(ConsoleException.class, () -> service.confirm(secretaryC1, List.of(zh)));

        service.evaluateUnit(ADMIN, z.id(), z.version(), new BigDecimal("80"), null);
        AppraisalRow z2 = row(zhao);
        service.evaluateCommunity(ADMIN, z2.id(), z2.version(), communityBranch1, new BigDecimal("80"), null);
        service.propose(ADMIN, branchB, YEAR);
        AppraisalRow z3 = row(zhao);
        assertThrows(ConsoleException.class, () -> service.confirm(secretaryA, List.of(z3)));
        assertThrows(ConsoleException.class, () -> service.returnProposal(secretaryA, z3.id(), z3.version(), "不"));
        assertEquals(AppraisalStatus.PROPOSED, row(zhao).status());
        assertNull(row(zhao).grade());

        // what a secretary sees: their own branch only
        assertEquals(List.of(branchA), service.workUnitBranches(secretaryA).stream().map(AppraisalBranch::id).toList());
        assertEquals(List.of(), service.rows(secretaryA, branchB, YEAR));
        assertEquals(2, service.rows(secretaryC1, branchA, YEAR).size());
    }

    @Test
    void changingAConfirmedGradeNeedsTheAdministratorAndAReasonAndIsAudited() {
        service.start(ADMIN, branchA, YEAR);
        score(li, "80", "80");
        service.propose(ADMIN, branchA, YEAR);
        service.confirm(secretaryA, List.of(row(li)));
        AppraisalRow r = row(li);
        assertThrows(AccessDeniedException.class,
                () -> service.changeConfirmedGrade(secretaryA, r.id(), r.version(), Grade.EXCELLENT, "复议"));
        assertThrows(AccessDeniedException.class,
                () -> service.changeConfirmedGrade(OFFICE, r.id(), r.version(), Grade.EXCELLENT, "复议"));
        ValidationException noReason = assertThrows(ValidationException.class,
                () -> service.changeConfirmedGrade(ADMIN, r.id(), r.version(), Grade.EXCELLENT, " "));
        assertTrue(noReason.hasProblem("appraisal.gradeReason"));
        assertEquals(Grade.QUALIFIED, row(li).grade());

        Appraisal changed = service.changeConfirmedGrade(ADMIN, r.id(), r.version(), Grade.EXCELLENT, "支部大会复议");
        assertEquals(Grade.EXCELLENT, changed.grade());
        assertEquals("支部大会复议", changed.gradeReason());
        assertEquals(AppraisalStatus.CONFIRMED, changed.status());
        AuditEntry last = t.services().audit().find(ADMIN, new AuditFilter(null, null, null, "APPRAISAL", null, 1)).get(0);
        assertEquals(ADMIN.username(), last.username());
        assertEquals(r.id(), last.entityId());
        assertTrue(last.before().contains("grade=Grade.QUALIFIED"), last.before());
        assertTrue(last.after().contains("grade=Grade.EXCELLENT") && last.after().contains("支部大会复议"), last.after());
    }
}
