package org.dianmifeng.console.testing;

import static org.dianmifeng.console.testing.TestServices.ADMIN;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dianmifeng.console.party.Appraisal;
import org.dianmifeng.console.party.AppraisalStatus;
import org.dianmifeng.console.party.Branch;
import org.dianmifeng.console.party.BranchKind;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.unit.Unit;

/** The 宜兴 pilot of the appraisal report tests, made with {@link PartyFixtures}. */
public final class PartyReportFixtures {
    private final TestServices t;
    private final PartyFixtures party;

    public PartyReportFixtures(TestServices t) {
        this(t, new PartyFixtures(t));
    }

    /** The pilot made with the test's own fixture, which can then add to it. */
    public PartyReportFixtures(TestServices t, PartyFixtures party) {
        this.t = t;
        this.party = party;
    }

    /** The branches of {@link #pilot()}. */
    public record Pilot(Unit unit, long inspection, long marketing, long communityBranch) {
    }

    /**
     * The 宜兴 pilot of the report tests. 运检党支部 (YX-YJ, secretary 王书记) has four appraisals in 2025:
     * 张三 (full member, reported to 东虹社区 / 一网格, 92.5 / 90.0 / 91.50, proposed 合格 but confirmed 优秀),
     * 李四 (probationary, never reported, 80.0 / 70.0 / 76.00, proposed 基本合格 by the never-reported rule),
     * 赵六 (50.0 / 62.5 / 55.00, proposed 不合格 with a reason, returned with a comment) and a member named
     * {@code =1+2} (no scores yet, evaluated); and 张三 has a 2024 one. 营销党支部 (YX-YX) has one confirmed
     * 合格 in 2025. 东虹社区党支部 (YX-DH) is a community branch.
     */
    public Pilot pilot() {
        Unit unit = t.unit("YX", "宜兴市供电公司", t.city());
        long yj = t.services().organisation().createBranch(ADMIN, new Branch(null, "YX-YJ", "运检党支部",
                BranchKind.WORK_UNIT, unit.id(), null, "王书记", null, null)).id();
        long yx = party.workBranch("YX-YX", "营销党支部", unit).id();
        long community = party.community("DH", "东虹社区").id();
        long dh = party.communityBranch("YX-DH", "东虹社区党支部", community).id();
        long grid = party.grid(community, "一网格").id();
        long zhang = party.member("张三", unit, yj, LocalDate.of(2016, 7, 1)).id();
        party.enrol(zhang, grid, LocalDate.of(2024, 3, 1));
        long li = party.member("李四", unit, yj, null).id();
        long zhao = party.member("赵六", unit, yj, LocalDate.of(2018, 7, 1)).id();
        party.enrol(zhao, grid, LocalDate.of(2026, 3, 1));
        long formula = party.member("钱七", unit, yj, LocalDate.of(2018, 7, 1)).id();
        party.rename(formula, "=1+2");
        long sun = party.member("孙八", unit, yx, LocalDate.of(2010, 7, 1)).id();
        appraisal(zhang, yj, 2025, "92.5", "90.0", "91.50", AppraisalStatus.CONFIRMED, Grade.QUALIFIED, Grade.EXCELLENT,
                null, "年度表现突出，经支委会研究评为优秀", null);
        appraisal(zhang, yj, 2024, "80.0", "80.0", "80.00", AppraisalStatus.CONFIRMED, Grade.QUALIFIED, Grade.QUALIFIED,
                null, null, null);
        appraisal(li, yj, 2025, "80.0", "70.0", "76.00", AppraisalStatus.PROPOSED, Grade.BASICALLY_QUALIFIED, null,
                "NEVER_REPORTED", null, null);
        appraisal(zhao, yj, 2025, "50.0", "62.5", "55.00", AppraisalStatus.RETURNED, Grade.UNQUALIFIED, null,
                null, "多次无故缺席组织生活", "请补充谈话记录");
        appraisal(formula, yj, 2025, null, null, null, AppraisalStatus.EVALUATED, null, null, null, null, null);
        appraisal(sun, yx, 2025, "80.0", "80.0", "80.00", AppraisalStatus.CONFIRMED, Grade.QUALIFIED, Grade.QUALIFIED,
                null, null, null);
        return new Pilot(unit, yj, yx, dh);
    }

    /** One appraisal of the pilot; the grade by score is the proposed grade. */
    private void appraisal(long memberId, long branchId, int year, String unitScore, String communityScore,
                           String combined, AppraisalStatus status, Grade proposed, Grade grade, String ruleNotes,
                           String gradeReason, String returnComment) {
        party.appraisal(new Appraisal(null, memberId, branchId, year, null, decimal(unitScore), null, null, null,
                decimal(communityScore), null, null, decimal(combined), proposed, proposed, ruleNotes, grade,
                gradeReason, status, returnComment, null, null, null));
    }

    private static BigDecimal decimal(String v) {
        return v == null ? null : new BigDecimal(v);
    }
}
