package org.dianmifeng.console.party;

import org.dianmifeng.console.core.NaturalOrder;
import static org.dianmifeng.console.db.Tables.ACCOUNT;
import static org.dianmifeng.console.db.Tables.APPRAISAL;
import static org.dianmifeng.console.db.Tables.BRANCH;
import static org.dianmifeng.console.db.Tables.COMMUNITY;
import static org.dianmifeng.console.db.Tables.ENROLMENT;
import static org.dianmifeng.console.db.Tables.FEEDBACK;
import static org.dianmifeng.console.db.Tables.GRID;
import static org.dianmifeng.console.db.Tables.PARTY_MEMBER;
import static org.dianmifeng.console.db.Tables.UNIT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dianmifeng.console.core.Optimistic;
import org.dianmifeng.console.db.tables.records.BranchRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Queries of the BRANCH table. */
public final class BranchStore {
    /** Members of a work-unit branch; members actively enrolled in the community of a community branch. */
    private static final Field<Integer> MEMBER_COUNT = DSL.when(BRANCH.KIND.eq(BranchKind.WORK_UNIT.name()),
                    DSL.field(DSL.selectCount().from(PARTY_MEMBER).where(PARTY_MEMBER.BRANCH_ID.eq(BRANCH.ID))))
            .otherwise(DSL.field(DSL.select(DSL.countDistinct(ENROLMENT.MEMBER_ID)).from(ENROLMENT)
                    .join(GRID).on(GRID.ID.eq(ENROLMENT.GRID_ID))
                    .where(GRID.COMMUNITY_ID.eq(BRANCH.COMMUNITY_ID).and(ENROLMENT.ENDED_ON.isNull()))))
            .as("MEMBER_COUNT");

    private final DSLContext dsl;

    public BranchStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The branches the condition selects, with unit or community name, secretary username and member count, by name. */
    public List<BranchRow> rows(Condition condition) {
        return NaturalOrder.sorted(dsl.select(BRANCH.fields())
                .select(UNIT.NAME, COMMUNITY.NAME, ACCOUNT.USERNAME, MEMBER_COUNT)
                .from(BRANCH)
                .leftJoin(UNIT).on(UNIT.ID.eq(BRANCH.UNIT_ID))
                .leftJoin(COMMUNITY).on(COMMUNITY.ID.eq(BRANCH.COMMUNITY_ID))
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(BRANCH.SECRETARY_ACCOUNT_ID))
                .where(condition)
                .orderBy(BRANCH.NAME, BRANCH.ID)
                .fetch(BranchStore::toRow), r -> r.branch().name());
    }

    public List<BranchRow> rows() {
        return rows(DSL.noCondition());
    }

    public Optional<BranchRow> row(long id) {
        return rows(BRANCH.ID.eq(id)).stream().findFirst();
    }

    public Optional<Branch> byId(long id) {
        return dsl.selectFrom(BRANCH).where(BRANCH.ID.eq(id)).fetchOptional(BranchStore::toBranch);
    }

    /** A branch with that code, ignoring case. */
    public Optional<Branch> byCode(String code) {
        return dsl.selectFrom(BRANCH).where(BRANCH.CODE.equalIgnoreCase(code)).fetchOptional(BranchStore::toBranch);
    }

    /** A branch with that name, ignoring case and surrounding blanks. */
    public Optional<Branch> byName(String name) {
        return dsl.selectFrom(BRANCH).where(DSL.trim(BRANCH.NAME).equalIgnoreCase(name.strip()))
                .fetchOptional(BranchStore::toBranch);
    }

    /** The branch a secretary account is linked to. */
    public Optional<Branch> bySecretary(long accountId) {
        return dsl.selectFrom(BRANCH).where(BRANCH.SECRETARY_ACCOUNT_ID.eq(accountId))
                .fetchOptional(BranchStore::toBranch);
    }

    /** The community branch of a community. */
    public Optional<Branch> byCommunity(long communityId) {
        return dsl.selectFrom(BRANCH).where(BRANCH.COMMUNITY_ID.eq(communityId)
                .and(BRANCH.KIND.eq(BranchKind.COMMUNITY.name()))).fetchOptional(BranchStore::toBranch);
    }

    public boolean unitExists(long unitId) {
        return dsl.fetchExists(UNIT, UNIT.ID.eq(unitId));
    }

    public Branch insert(Branch b) {
        long id = dsl.insertInto(BRANCH)
                .set(values(b))
                .set(BRANCH.VERSION, 0)
                .returning(BRANCH.ID)
                .fetchOne(BRANCH.ID);
        return byId(id).orElseThrow();
    }

    /** Saves every field if the row still has {@code b.version()}. */
    public Branch update(Branch b) {
        int rows = dsl.update(BRANCH)
                .set(values(b))
                .set(BRANCH.VERSION, BRANCH.VERSION.plus(1))
                .where(BRANCH.ID.eq(b.id()).and(BRANCH.VERSION.eq(b.version())))
                .execute();
        Optimistic.requireUpdated(rows);
        return byId(b.id()).orElseThrow();
    }

    /** The columns a branch's fields go into, for both insert and update. */
    private static Map<Field<?>, Object> values(Branch b) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(BRANCH.CODE, b.code());
        v.put(BRANCH.NAME, b.name());
        v.put(BRANCH.KIND, b.kind().name());
        v.put(BRANCH.UNIT_ID, b.unitId());
        v.put(BRANCH.COMMUNITY_ID, b.communityId());
        v.put(BRANCH.SECRETARY_NAME, b.secretaryName());
        v.put(BRANCH.SECRETARY_ACCOUNT_ID, b.secretaryAccountId());
        return v;
    }

    public void delete(Branch b) {
        Optimistic.requireUpdated(dsl.deleteFrom(BRANCH)
                .where(BRANCH.ID.eq(b.id()).and(BRANCH.VERSION.eq(b.version()))).execute());
    }

    /** What points to a branch: its members, appraisals (as unit or community branch) and feedback cards. */
    public References references(long branchId) {
        return new References(
                dsl.fetchCount(PARTY_MEMBER, PARTY_MEMBER.BRANCH_ID.eq(branchId)),
                dsl.fetchCount(APPRAISAL, APPRAISAL.BRANCH_ID.eq(branchId).or(APPRAISAL.COMMUNITY_BRANCH_ID.eq(branchId))),
                dsl.fetchCount(FEEDBACK, FEEDBACK.COMMUNITY_BRANCH_ID.eq(branchId)));
    }

    public record References(int members, int appraisals, int feedback) {
        public boolean any() {
            return members + appraisals + feedback > 0;
        }
    }

    static Branch toBranch(BranchRecord r) {
        return new Branch(r.getId(), r.getCode(), r.getName(), BranchKind.valueOf(r.getKind()), r.getUnitId(),
                r.getCommunityId(), r.getSecretaryName(), r.getSecretaryAccountId(), r.getVersion());
    }

    private static BranchRow toRow(Record r) {
        return new BranchRow(toBranch(r.into(BRANCH)), r.get(UNIT.NAME), r.get(COMMUNITY.NAME), r.get(ACCOUNT.USERNAME),
                r.get(MEMBER_COUNT));
    }
}
