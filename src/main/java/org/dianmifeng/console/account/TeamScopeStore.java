package org.dianmifeng.console.account;

import static org.dianmifeng.console.db.Tables.ACCOUNT;
import static org.dianmifeng.console.db.Tables.TEAM;

import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.jooq.DSLContext;

/**
 * Works out a session's {@link TeamScope} (as the party's scope store does for a secretary's branch) ({@link TeamScope#require}
 * refuses what it does not cover).
 */
public final class TeamScopeStore {
    private final DSLContext dsl;

    public TeamScopeStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every team for every role but the team leader; a leader gets the team their active account is linked to. */
    public TeamScope scope(Session who) {
        if (who.role() != Role.TEAM_LEADER) {
            return TeamScope.all();
        }
        return dsl.select(TEAM.ID, TEAM.NAME).from(ACCOUNT).join(TEAM).on(TEAM.ID.eq(ACCOUNT.TEAM_ID))
                .where(ACCOUNT.ID.eq(who.accountId()).and(ACCOUNT.ACTIVE.isTrue()))
                .fetchOptional(r -> new TeamScope(r.value1(), r.value2()))
                .orElse(TeamScope.nothing());
    }
}
