package org.dianmifeng.console.party;

import static org.dianmifeng.console.db.Tables.ACCOUNT;
import static org.dianmifeng.console.db.Tables.BRANCH;
import static org.dianmifeng.console.db.Tables.ENROLMENT;
import static org.dianmifeng.console.db.Tables.GRID;
import static org.dianmifeng.console.db.Tables.PARTY_MEMBER;
import static org.dianmifeng.console.db.Tables.PERSON;

import java.time.LocalDate;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.StaleDataException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Works out a session's {@link PartyScope} and turns it into a condition on party members: one place for both. */
public final class PartyScopeStore {
    private final DSLContext dsl;
    private final LocalDate today;

    /** @param today the day of the services' clock: a community secretary's scope reaches back to last year */
    public PartyScopeStore(DSLContext dsl, LocalDate today) {
        this.dsl = dsl;
        this.today = today;
    }

    /** All members for every role but the party secretary; a secretary gets the branch their account is linked to. */
    public PartyScope scope(Session who) {
        if (who.role() != Role.PARTY_SECRETARY) {
            return PartyScope.all();
        }
        return dsl.select(BRANCH.ID, BRANCH.KIND, BRANCH.COMMUNITY_ID)
                .from(BRANCH).join(ACCOUNT).on(ACCOUNT.ID.eq(BRANCH.SECRETARY_ACCOUNT_ID))
                .where(ACCOUNT.ID.eq(who.accountId()).and(ACCOUNT.ACTIVE))
                .fetchOptional(r -> {
                    BranchKind kind = BranchKind.valueOf(r.value2());
                    return new PartyScope(r.value1(), kind, r.value3(),
                            kind == BranchKind.COMMUNITY ? LocalDate.of(today.getYear() - 1, 1, 1) : null);
                })
                .orElse(PartyScope.nothing());
    }

    /**
     * The party members the scope covers, as a condition on {@code PARTY_MEMBER.ID}: the members of a
     * work-unit branch, or the members enrolled in a grid of a community branch's community now or at
     * some time since the first day of last year.
     */
    public static Condition members(PartyScope scope) {
        if (scope.isAll()) {
            return DSL.noCondition();
        }
        if (scope.kind() == BranchKind.WORK_UNIT) {
            return PARTY_MEMBER.BRANCH_ID.eq(scope.branchId());
        }
        return PARTY_MEMBER.ID.in(DSL.select(ENROLMENT.MEMBER_ID).from(ENROLMENT)
                .join(GRID).on(GRID.ID.eq(ENROLMENT.GRID_ID))
                .where(GRID.COMMUNITY_ID.eq(scope.communityId())
                        .and(ENROLMENT.ENDED_ON.isNull().or(ENROLMENT.ENDED_ON.ge(scope.since())))));
    }

    /**
     * Refuses, naming the member, if the scope does not cover them; a member who no longer exists is stale data.
     */
    public void requireCovered(PartyScope scope, long memberId) {
        String name = dsl.select(PERSON.NAME).from(PARTY_MEMBER).join(PERSON).on(PERSON.ID.eq(PARTY_MEMBER.PERSON_ID))
                .where(PARTY_MEMBER.ID.eq(memberId)).fetchOptional(PERSON.NAME)
                .orElseThrow(StaleDataException::new);
        if (!covers(scope, memberId)) {
            throw new ConsoleException("error.party.notYourBranch", name);
        }
    }

    /** The session's scope, refusing (naming the member) if it does not cover the member. */
    public PartyScope requireCovered(Session who, long memberId) {
        PartyScope scope = scope(who);
        requireCovered(scope, memberId);
        return scope;
    }

    /** True if the member exists and the scope covers them. */
    public boolean covers(PartyScope scope, long memberId) {
        return dsl.fetchExists(PARTY_MEMBER, PARTY_MEMBER.ID.eq(memberId).and(members(scope)));
    }
}
