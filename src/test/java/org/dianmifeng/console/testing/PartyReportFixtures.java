package org.dianmifeng.console.testing;

import static org.dianmifeng.console.db.Tables.APPRAISAL;
import static org.dianmifeng.console.db.Tables.BRANCH;
import static org.dianmifeng.console.db.Tables.COMMUNITY;
import static org.dianmifeng.console.db.Tables.ENROLMENT;
import static org.dianmifeng.console.db.Tables.GRID;
import static org.dianmifeng.console.db.Tables.PARTY_MEMBER;
import static org.dianmifeng.console.db.Tables.PERSON;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.party.AppraisalStatus;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.Unit;

/**
 * Party rows for the tests of the appraisal result table, inserted straight into the tables (the
 * services that keep them belong to other parts of the party area).
 */
public final class PartyReportFixtures {
    private final TestServices t;
    private final Database db;
    private int people;

    public PartyReportFixtures(TestServices t) {
        this.t = t;
        this.db = t.services().database();
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
        long yj = workUnitBranch("YX-YJ", "运检党支部", unit, "王书记");
        long yx = workUnitBranch("YX-YX", "营销党支部", unit, null);
        long community = community("DH", "东虹社区", "宜城街道");
        long dh = communityBranch("YX-DH", "东虹社区党支部", community);
        long grid = grid(community, "一网格");
        long zhang = member("张三", unit, yj, LocalDate.of(2016, 7, 1));
        enrol(zhang, grid, LocalDate.of(2024, 3, 1), null);
        long li = member("李四", unit, yj, null);
        long zhao = member("赵六", unit, yj, LocalDate.of(2018, 7, 1));
        enrol(zhao, grid, LocalDate.of(2026, 3, 1), null);
        long formula = member("钱七", unit, yj, LocalDate.of(2018, 7, 1));
        rename(formula, "=1+2");
        long sun = member("孙八", unit, yx, LocalDate.of(2010, 7, 1));
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

    public long community(String code, String name, String street) {
        return db.transaction(dsl -> dsl.insertInto(COMMUNITY).set(COMMUNITY.CODE, code).set(COMMUNITY.NAME, name)
                .set(COMMUNITY.STREET, street).returningResult(COMMUNITY.ID).fetchOne().value1());
    }

    public long grid(long communityId, String name) {
        return db.transaction(dsl -> dsl.insertInto(GRID).set(GRID.COMMUNITY_ID, communityId).set(GRID.NAME, name)
                .set(GRID.LEADER_NAME, "网格长").returningResult(GRID.ID).fetchOne().value1());
    }

    public long workUnitBranch(String code, String name, Unit unit, String secretaryName) {
        return db.transaction(dsl -> dsl.insertInto(BRANCH).set(BRANCH.CODE, code).set(BRANCH.NAME, name)
                .set(BRANCH.KIND, "WORK_UNIT").set(BRANCH.UNIT_ID, unit.id()).set(BRANCH.SECRETARY_NAME, secretaryName)
                .returningResult(BRANCH.ID).fetchOne().value1());
    }

    public long communityBranch(String code, String name, long communityId) {
        return db.transaction(dsl -> dsl.insertInto(BRANCH).set(BRANCH.CODE, code).set(BRANCH.NAME, name)
                .set(BRANCH.KIND, "COMMUNITY").set(BRANCH.COMMUNITY_ID, communityId)
                .returningResult(BRANCH.ID).fetchOne().value1());
    }

    /** A party-secretary account linked to the branch, and its session. */
    public Session secretaryOf(long branchId, String username) {
        char[] pw = "0123456789".toCharArray();
        Account account = t.services().accounts().create(TestServices.ADMIN,
                Account.draft(username, username + " 书记", Role.PARTY_SECRETARY), pw, pw.clone());
        db.transaction(dsl -> dsl.update(BRANCH).set(BRANCH.SECRETARY_ACCOUNT_ID, account.id())
                .where(BRANCH.ID.eq(branchId)).execute());
        return new Session(account.id(), account.username(), account.displayName(), Role.PARTY_SECRETARY);
    }

    /** A new person of the unit, a party member of the branch; full member from {@code fullOn} (null: probationary). */
    public long member(String name, Unit unit, long branchId, LocalDate fullOn) {
        people++;
        Person p = t.person(name, String.format("32028219800101%03d", people), unit);
        return db.transaction(dsl -> dsl.insertInto(PARTY_MEMBER).set(PARTY_MEMBER.PERSON_ID, p.id())
                .set(PARTY_MEMBER.BRANCH_ID, branchId).set(PARTY_MEMBER.JOINED_ON, LocalDate.of(2005, 7, 1))
                .set(PARTY_MEMBER.FULL_ON, fullOn).returningResult(PARTY_MEMBER.ID).fetchOne().value1());
    }

    /** Stores the name as given, past the checks of the person form (e.g. text that looks like a formula). */
    public void rename(long memberId, String name) {
        db.transaction(dsl -> dsl.update(PERSON).set(PERSON.NAME, name).where(PERSON.ID.in(
                dsl.select(PARTY_MEMBER.PERSON_ID).from(PARTY_MEMBER).where(PARTY_MEMBER.ID.eq(memberId)))).execute());
    }

    public void enrol(long memberId, long gridId, LocalDate reportedOn, LocalDate endedOn) {
        db.transaction(dsl -> dsl.insertInto(ENROLMENT).set(ENROLMENT.MEMBER_ID, memberId).set(ENROLMENT.GRID_ID, gridId)
                .set(ENROLMENT.REPORTED_ON, reportedOn).set(ENROLMENT.GRID_ROLE, "VOLUNTEER")
                .set(ENROLMENT.ENDED_ON, endedOn).execute());
    }

    /** One appraisal as the appraisal service would have left it. */
    public void appraisal(long memberId, long branchId, int year, String unitScore, String communityScore,
                          String combined, AppraisalStatus status, Grade proposed, Grade grade, String ruleNotes,
                          String gradeReason, String returnComment) {
        db.transaction(dsl -> dsl.insertInto(APPRAISAL).set(APPRAISAL.MEMBER_ID, memberId)
                .set(APPRAISAL.BRANCH_ID, branchId).set(APPRAISAL.FOR_YEAR, year)
                .set(APPRAISAL.UNIT_SCORE, decimal(unitScore)).set(APPRAISAL.COMMUNITY_SCORE, decimal(communityScore))
                .set(APPRAISAL.COMBINED_SCORE, decimal(combined)).set(APPRAISAL.STATUS, status.name())
                .set(APPRAISAL.PROPOSED_GRADE, proposed == null ? null : proposed.name())
                .set(APPRAISAL.SCORE_GRADE, proposed == null ? null : proposed.name())
                .set(APPRAISAL.GRADE, grade == null ? null : grade.name())
                .set(APPRAISAL.RULE_NOTES, ruleNotes).set(APPRAISAL.GRADE_REASON, gradeReason)
                .set(APPRAISAL.RETURN_COMMENT, returnComment).execute());
    }

    private static BigDecimal decimal(String v) {
        return v == null ? null : new BigDecimal(v);
    }
}
