package org.dianmifeng.console.party;

import org.dianmifeng.console.core.NaturalOrder;
import static org.dianmifeng.console.db.Tables.APPRAISAL;
import static org.dianmifeng.console.db.Tables.BRANCH;
import static org.dianmifeng.console.db.Tables.COMMUNITY;
import static org.dianmifeng.console.db.Tables.ENROLMENT;
import static org.dianmifeng.console.db.Tables.GRID;
import static org.dianmifeng.console.db.Tables.PARTY_MEMBER;
import static org.dianmifeng.console.db.Tables.PERSON;
import static org.dianmifeng.console.db.Tables.UNIT;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dianmifeng.console.core.Batches;
import org.dianmifeng.console.core.Optimistic;
import org.dianmifeng.console.db.tables.records.AppraisalRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Queries of the APPRAISAL table and of the members, branches and enrolments the appraisal reads. */
public final class AppraisalStore {
    private static final org.dianmifeng.console.db.tables.Branch COMMUNITY_BRANCH = BRANCH.as("COMMUNITY_BRANCH");

    private final DSLContext dsl;

    public AppraisalStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Appraisal> byId(long id) {
        return dsl.selectFrom(APPRAISAL).where(APPRAISAL.ID.eq(id)).fetchOptional(AppraisalStore::toAppraisal);
    }

    /** Every appraisal of a work-unit branch and year, whatever its status. */
    public List<Appraisal> branchYear(long branchId, int year) {
        return dsl.selectFrom(APPRAISAL).where(APPRAISAL.BRANCH_ID.eq(branchId).and(APPRAISAL.FOR_YEAR.eq(year)))
                .orderBy(APPRAISAL.ID).fetch(AppraisalStore::toAppraisal);
    }

    /** The members of a branch who have no appraisal for the year yet. */
    public List<Long> membersWithout(long branchId, int year) {
        return dsl.select(PARTY_MEMBER.ID).from(PARTY_MEMBER)
                .where(PARTY_MEMBER.BRANCH_ID.eq(branchId))
                .andNotExists(DSL.selectOne().from(APPRAISAL)
                        .where(APPRAISAL.MEMBER_ID.eq(PARTY_MEMBER.ID).and(APPRAISAL.FOR_YEAR.eq(year))))
                .orderBy(PARTY_MEMBER.ID).fetch(PARTY_MEMBER.ID);
    }

    /** Of {@code memberIds}, those who reported to a community for {@code year}: enrolled at some time in that year. */
    public Set<Long> reportedBy(Collection<Long> memberIds, int year) {
        return new HashSet<>(dsl.selectDistinct(ENROLMENT.MEMBER_ID).from(ENROLMENT)
                .where(ENROLMENT.MEMBER_ID.in(memberIds).and(ENROLMENT.REPORTED_ON.le(LocalDate.of(year, 12, 31)))
                        .and(ENROLMENT.ENDED_ON.isNull().or(ENROLMENT.ENDED_ON.ge(LocalDate.of(year, 1, 1)))))
                .fetch(ENROLMENT.MEMBER_ID));
    }

    /** The board's rows of a branch and year that the scope covers, by member name. */
    public List<AppraisalRow> rows(PartyScope scope, long branchId, int year) {
        return rowsWhere(APPRAISAL.BRANCH_ID.eq(branchId).and(APPRAISAL.FOR_YEAR.eq(year))
                .and(PartyScopeStore.members(scope)));
    }

    public Optional<AppraisalRow> row(long id) {
        return rowsWhere(APPRAISAL.ID.eq(id)).stream().findFirst();
    }

    private List<AppraisalRow> rowsWhere(Condition condition) {
        List<Record> records = dsl.select(APPRAISAL.fields())
                .select(PARTY_MEMBER.ID, PERSON.ID, PERSON.NAME, UNIT.NAME, BRANCH.ID, BRANCH.NAME, COMMUNITY_BRANCH.NAME)
                .from(APPRAISAL)
                .join(PARTY_MEMBER).on(PARTY_MEMBER.ID.eq(APPRAISAL.MEMBER_ID))
                .join(PERSON).on(PERSON.ID.eq(PARTY_MEMBER.PERSON_ID))
                .join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .join(BRANCH).on(BRANCH.ID.eq(PARTY_MEMBER.BRANCH_ID))
                .leftJoin(COMMUNITY_BRANCH).on(COMMUNITY_BRANCH.ID.eq(APPRAISAL.COMMUNITY_BRANCH_ID))
                .where(condition)
                .orderBy(PERSON.NAME, APPRAISAL.ID)
                .fetch();
        Map<Long, String[]> enrolments = new HashMap<>();
        Map<Integer, List<Long>> membersByYear = new HashMap<>();
        for (Record r : records) {
            membersByYear.computeIfAbsent(r.get(APPRAISAL.FOR_YEAR), y -> new java.util.ArrayList<>())
                    .add(r.get(APPRAISAL.MEMBER_ID));
        }
        membersByYear.forEach((year, members) -> enrolments.putAll(enrolmentsDuring(members, year)));
        return records.stream().map(r -> {
            String[] where = enrolments.get(key(r.get(APPRAISAL.MEMBER_ID), r.get(APPRAISAL.FOR_YEAR)));
            MemberRef member = new MemberRef(r.get(PARTY_MEMBER.ID), r.get(PERSON.ID), r.get(PERSON.NAME),
                    r.get(UNIT.NAME), r.get(BRANCH.ID), r.get(BRANCH.NAME));
            return new AppraisalRow(toAppraisal(r.into(APPRAISAL)), member, where == null ? null : where[0],
                    where == null ? null : where[1], r.get(COMMUNITY_BRANCH.NAME));
        }).toList();
    }

    /** {@link #key}(member, year) → {community, grid} of the latest enrolment of the member during the year. */
    private Map<Long, String[]> enrolmentsDuring(List<Long> members, int year) {
        Map<Long, String[]> out = new HashMap<>();
        dsl.select(ENROLMENT.MEMBER_ID, COMMUNITY.NAME, GRID.NAME)
                .from(ENROLMENT).join(GRID).on(GRID.ID.eq(ENROLMENT.GRID_ID))
                .join(COMMUNITY).on(COMMUNITY.ID.eq(GRID.COMMUNITY_ID))
                .where(ENROLMENT.MEMBER_ID.in(members).and(during(year)))
                .orderBy(ENROLMENT.REPORTED_ON, ENROLMENT.ID)
                .forEach(r -> out.put(key(r.value1(), year), new String[] {r.value2(), r.value3()}));
        return out;
    }

    private static Long key(long memberId, int year) {
        return memberId * 10_000L + year;
    }

    /** An enrolment that was active at some time of the year. */
    private static Condition during(int year) {
        return ENROLMENT.REPORTED_ON.le(LocalDate.of(year, 12, 31))
                .and(ENROLMENT.ENDED_ON.isNull().or(ENROLMENT.ENDED_ON.ge(LocalDate.of(year, 1, 1))));
    }

    /** The community branches of the communities where the member was enrolled during the year. */
    public List<AppraisalBranch> communityBranchesFor(long memberId, int year) {
        return NaturalOrder.sorted(dsl.selectDistinct(BRANCH.ID, BRANCH.CODE, BRANCH.NAME, BRANCH.KIND).from(BRANCH)
                .join(GRID).on(GRID.COMMUNITY_ID.eq(BRANCH.COMMUNITY_ID))
                .join(ENROLMENT).on(ENROLMENT.GRID_ID.eq(GRID.ID))
                .where(BRANCH.KIND.eq(BranchKind.COMMUNITY.name()).and(ENROLMENT.MEMBER_ID.eq(memberId))
                        .and(during(year)))
                .orderBy(BRANCH.NAME)
                .fetch(AppraisalStore::toBranch), AppraisalBranch::name);
    }

    public Optional<AppraisalBranch> branch(long id) {
        return dsl.select(BRANCH.ID, BRANCH.CODE, BRANCH.NAME, BRANCH.KIND).from(BRANCH).where(BRANCH.ID.eq(id))
                .fetchOptional(AppraisalStore::toBranch);
    }

    /** Every work-unit branch, by name. */
    public List<AppraisalBranch> workUnitBranches() {
        return NaturalOrder.sorted(dsl.select(BRANCH.ID, BRANCH.CODE, BRANCH.NAME, BRANCH.KIND).from(BRANCH)
                .where(BRANCH.KIND.eq(BranchKind.WORK_UNIT.name())).orderBy(BRANCH.NAME)
                .fetch(AppraisalStore::toBranch), AppraisalBranch::name);
    }

    /** The work-unit branches of the members a scope covers, by name. */
    public List<AppraisalBranch> workUnitBranchesOf(PartyScope scope) {
        return NaturalOrder.sorted(dsl.select(BRANCH.ID, BRANCH.CODE, BRANCH.NAME, BRANCH.KIND).from(BRANCH)
                .where(BRANCH.KIND.eq(BranchKind.WORK_UNIT.name()).and(BRANCH.ID.in(
                        DSL.select(PARTY_MEMBER.BRANCH_ID).from(PARTY_MEMBER).where(PartyScopeStore.members(scope)))))
                .orderBy(BRANCH.NAME)
                .fetch(AppraisalStore::toBranch), AppraisalBranch::name);
    }

    /** The name of a party member (their person's name). */
    public Optional<String> memberName(long memberId) {
        return dsl.select(PERSON.NAME).from(PARTY_MEMBER).join(PERSON).on(PERSON.ID.eq(PARTY_MEMBER.PERSON_ID))
                .where(PARTY_MEMBER.ID.eq(memberId)).fetchOptional(PERSON.NAME);
    }

    public Appraisal insert(Appraisal a) {
        long id = dsl.insertInto(APPRAISAL).set(values(a)).set(APPRAISAL.VERSION, 0)
                .returning(APPRAISAL.ID).fetchOne(APPRAISAL.ID);
        return byId(id).orElseThrow();
    }

    /** Inserts many appraisals at any status with JDBC batches, for the sample data and imports. */
    public void insertAll(List<Appraisal> appraisals) {
        Batches.insert(dsl, APPRAISAL, APPRAISAL.VERSION, appraisals, AppraisalStore::values);
    }

    /** Saves every field if the row still has {@code a.version()}. */
    public Appraisal update(Appraisal a) {
        int rows = dsl.update(APPRAISAL).set(values(a)).set(APPRAISAL.VERSION, APPRAISAL.VERSION.plus(1))
                .where(APPRAISAL.ID.eq(a.id()).and(APPRAISAL.VERSION.eq(a.version())))
                .execute();
        Optimistic.requireUpdated(rows);
        return byId(a.id()).orElseThrow();
    }

    private static Map<Field<?>, Object> values(Appraisal a) {
        Map<Field<?>, Object> v = new java.util.LinkedHashMap<>();
        v.put(APPRAISAL.MEMBER_ID, a.memberId());
        v.put(APPRAISAL.BRANCH_ID, a.branchId());
        v.put(APPRAISAL.FOR_YEAR, a.year());
        v.put(APPRAISAL.SELF_REVIEW, a.selfReview());
        v.put(APPRAISAL.UNIT_SCORE, a.unitScore());
        v.put(APPRAISAL.UNIT_COMMENT, a.unitComment());
        v.put(APPRAISAL.UNIT_BY, a.unitBy());
        v.put(APPRAISAL.COMMUNITY_BRANCH_ID, a.communityBranchId());
        v.put(APPRAISAL.COMMUNITY_SCORE, a.communityScore());
        v.put(APPRAISAL.COMMUNITY_COMMENT, a.communityComment());
        v.put(APPRAISAL.COMMUNITY_BY, a.communityBy());
        v.put(APPRAISAL.COMBINED_SCORE, a.combinedScore());
        v.put(APPRAISAL.SCORE_GRADE, name(a.scoreGrade()));
        v.put(APPRAISAL.PROPOSED_GRADE, name(a.proposedGrade()));
        v.put(APPRAISAL.RULE_NOTES, a.ruleNotes());
        v.put(APPRAISAL.GRADE, name(a.grade()));
        v.put(APPRAISAL.GRADE_REASON, a.gradeReason());
        v.put(APPRAISAL.STATUS, a.status().name());
        v.put(APPRAISAL.RETURN_COMMENT, a.returnComment());
        v.put(APPRAISAL.CONFIRMED_BY, a.confirmedBy());
        v.put(APPRAISAL.CONFIRMED_AT, a.confirmedAt());
        return v;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static Grade grade(String s) {
        return s == null ? null : Grade.valueOf(s);
    }

    private static AppraisalBranch toBranch(org.jooq.Record4<Long, String, String, String> r) {
        return new AppraisalBranch(r.value1(), r.value2(), r.value3(), BranchKind.valueOf(r.value4()));
    }

    static Appraisal toAppraisal(AppraisalRecord r) {
        return new Appraisal(r.getId(), r.getMemberId(), r.getBranchId(), r.getForYear(), r.getSelfReview(),
                r.getUnitScore(), r.getUnitComment(), r.getUnitBy(), r.getCommunityBranchId(), r.getCommunityScore(),
                r.getCommunityComment(), r.getCommunityBy(), r.getCombinedScore(), grade(r.getScoreGrade()),
                grade(r.getProposedGrade()), r.getRuleNotes(), grade(r.getGrade()), r.getGradeReason(),
                AppraisalStatus.valueOf(r.getStatus()), r.getReturnComment(), r.getConfirmedBy(), r.getConfirmedAt(),
                r.getVersion());
    }
}
