package org.dianmifeng.console.party;

import static org.dianmifeng.console.db.Tables.APPRAISAL;
import static org.dianmifeng.console.db.Tables.BRANCH;
import static org.dianmifeng.console.db.Tables.COMMUNITY;
import static org.dianmifeng.console.db.Tables.ENROLMENT;
import static org.dianmifeng.console.db.Tables.GRID;
import static org.dianmifeng.console.db.Tables.PARTY_MEMBER;
import static org.dianmifeng.console.db.Tables.PERSON;
import static org.dianmifeng.console.db.Tables.UNIT;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Read-only queries of the appraisal result table: branches and the appraisals of one branch and year. */
public final class AppraisalReportStore {
    private static final org.dianmifeng.console.db.tables.Unit MEMBER_UNIT = UNIT.as("MEMBER_UNIT");
    private static final org.dianmifeng.console.db.tables.Enrolment LATEST = ENROLMENT.as("LATEST");

    private final DSLContext dsl;

    public AppraisalReportStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The branch with this code, of either kind. */
    public Optional<AppraisalResultTable.Branch> branch(String code) {
        return dsl.select(BRANCH.ID, BRANCH.CODE, BRANCH.NAME, BRANCH.KIND, UNIT.NAME)
                .from(BRANCH).leftJoin(UNIT).on(UNIT.ID.eq(BRANCH.UNIT_ID))
                .where(BRANCH.CODE.eq(code))
                .fetchOptional(AppraisalReportStore::branch);
    }

    /** Every work-unit branch, by code. */
    public List<AppraisalResultTable.Branch> workUnitBranches() {
        return dsl.select(BRANCH.ID, BRANCH.CODE, BRANCH.NAME, BRANCH.KIND, UNIT.NAME)
                .from(BRANCH).join(UNIT).on(UNIT.ID.eq(BRANCH.UNIT_ID))
                .where(BRANCH.KIND.eq(BranchKind.WORK_UNIT.name()))
                .orderBy(BRANCH.CODE)
                .fetch(AppraisalReportStore::branch);
    }

    private static AppraisalResultTable.Branch branch(Record r) {
        return new AppraisalResultTable.Branch(r.get(BRANCH.ID), r.get(BRANCH.CODE), r.get(BRANCH.NAME),
                BranchKind.valueOf(r.get(BRANCH.KIND)), r.get(UNIT.NAME));
    }

    /**
     * The appraisals of the work-unit branch for the year, of the members the scope covers, each with
     * the grid the member had last reported to by the end of that year (if any).
     */
    public List<AppraisalResultTable.Line> lines(long branchId, int year, PartyScope scope) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Field<Long> latestEnrolment = DSL.field(DSL.select(LATEST.ID).from(LATEST)
                .where(LATEST.MEMBER_ID.eq(PARTY_MEMBER.ID).and(LATEST.REPORTED_ON.le(yearEnd)))
                .orderBy(LATEST.REPORTED_ON.desc(), LATEST.ID.desc())
                .limit(1));
        return dsl.select(APPRAISAL.fields())
                .select(PERSON.NAME, MEMBER_UNIT.NAME, PARTY_MEMBER.FULL_ON, COMMUNITY.NAME, GRID.NAME)
                .from(APPRAISAL)
                .join(PARTY_MEMBER).on(PARTY_MEMBER.ID.eq(APPRAISAL.MEMBER_ID))
                .join(PERSON).on(PERSON.ID.eq(PARTY_MEMBER.PERSON_ID))
                .join(MEMBER_UNIT).on(MEMBER_UNIT.ID.eq(PERSON.UNIT_ID))
                .leftJoin(ENROLMENT).on(ENROLMENT.ID.eq(latestEnrolment))
                .leftJoin(GRID).on(GRID.ID.eq(ENROLMENT.GRID_ID))
                .leftJoin(COMMUNITY).on(COMMUNITY.ID.eq(GRID.COMMUNITY_ID))
                .where(APPRAISAL.BRANCH_ID.eq(branchId).and(APPRAISAL.FOR_YEAR.eq(year))
                        .and(PartyScopeStore.members(scope)))
                .orderBy(APPRAISAL.COMBINED_SCORE.desc().nullsLast(), PERSON.NAME, APPRAISAL.ID)
                .fetch(r -> new AppraisalResultTable.Line(
                        r.get(PERSON.NAME), r.get(MEMBER_UNIT.NAME),
                        r.get(PARTY_MEMBER.FULL_ON) != null && !r.get(PARTY_MEMBER.FULL_ON).isAfter(yearEnd),
                        r.get(COMMUNITY.NAME), r.get(GRID.NAME),
                        r.get(APPRAISAL.UNIT_SCORE), r.get(APPRAISAL.COMMUNITY_SCORE), r.get(APPRAISAL.COMBINED_SCORE),
                        AppraisalStatus.valueOf(r.get(APPRAISAL.STATUS)),
                        grade(r.get(APPRAISAL.GRADE)), grade(r.get(APPRAISAL.PROPOSED_GRADE)),
                        r.get(APPRAISAL.RULE_NOTES), r.get(APPRAISAL.GRADE_REASON), r.get(APPRAISAL.RETURN_COMMENT)));
    }

    private static Grade grade(String name) {
        return name == null ? null : Grade.valueOf(name);
    }
}
