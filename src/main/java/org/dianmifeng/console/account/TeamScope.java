package org.dianmifeng.console.account;

import org.dianmifeng.console.core.ConsoleException;

/**
 * Which team's activities and hours a signed-in account may act on. A team leader (服务队队长) is limited to the team
 * their account is linked to (ACCOUNT.TEAM_ID; none if it is linked to no team); every other role may act on every
 * team, as far as its permissions go.
 *
 * @param teamId   the leader's team, or null for every team
 * @param teamName its name, for refusals that name it
 */
public record TeamScope(Long teamId, String teamName) {
    private static final TeamScope ALL = new TeamScope(null, null);

    public static TeamScope all() {
        return ALL;
    }

    /** A team leader whose account is linked to no team: acts on none. */
    public static TeamScope nothing() {
        return new TeamScope(-1L, null);
    }

    public boolean isAll() {
        return teamId == null;
    }

    /** True if this scope covers the team {@code id}: every team, or the leader's own. */
    public boolean covers(long id) {
        return isAll() || teamId == id;
    }

    /**
     * Refuses if this scope does not cover the team {@code id}: the message names that team and the leader's own (or
     * says that the account is linked to no team).
     */
    public void require(long id, String name) {
        if (covers(id)) {
            return;
        }
        if (teamName == null) {
            throw new ConsoleException("error.teamScope.noTeam", name);
        }
        throw new ConsoleException("error.teamScope.notYourTeam", name, teamName);
    }
}
