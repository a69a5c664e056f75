package org.dianmifeng.console.account;

import static org.dianmifeng.console.db.Tables.ACCOUNT;
import static org.dianmifeng.console.db.Tables.TEAM;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.dianmifeng.console.core.Optimistic;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.db.tables.records.AccountRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Queries of the ACCOUNT table. Role, display name, active state and password are edits guarded by
 * {@code VERSION}; the sign-in bookkeeping (failed count, lock) is not, so that a login attempt never
 * makes an administrator's open edit stale.
 */
public final class AccountStore {
    private final DSLContext dsl;

    public AccountStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An account and its stored password hash: only for the service's password checks. */
    record Credentials(Account account, String passwordHash) {
    }

    public int count() {
        return dsl.fetchCount(ACCOUNT);
    }

    public List<Account> all() {
        return dsl.selectFrom(ACCOUNT).orderBy(ACCOUNT.USERNAME).fetch(AccountStore::toAccount);
    }

    public Optional<Account> byId(long id) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOptional(AccountStore::toAccount);
    }

    public Optional<Account> byUsername(String username) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.USERNAME.equalIgnoreCase(username))
                .fetchOptional(AccountStore::toAccount);
    }

    Optional<Credentials> credentials(String username) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.USERNAME.equalIgnoreCase(username))
                .fetchOptional(r -> new Credentials(toAccount(r), r.getPasswordHash()));
    }

    Optional<Credentials> credentials(long id) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id))
                .fetchOptional(r -> new Credentials(toAccount(r), r.getPasswordHash()));
    }

    /** Active administrators other than {@code exceptId}. */
    public int otherActiveAdministrators(long exceptId) {
        return dsl.fetchCount(ACCOUNT, ACCOUNT.ROLE.eq(Role.ADMINISTRATOR.name())
                .and(ACCOUNT.ACTIVE.isTrue()).and(ACCOUNT.ID.ne(exceptId)));
    }

    public Account insert(Account a, String passwordHash) {
        long id = dsl.insertInto(ACCOUNT)
                .set(ACCOUNT.USERNAME, a.username())
                .set(ACCOUNT.DISPLAY_NAME, a.displayName())
                .set(ACCOUNT.ROLE, a.role().name())
                .set(ACCOUNT.TEAM_ID, a.teamId())
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.FAILED_LOGINS, 0)
                .set(ACCOUNT.ACTIVE, a.active())
                .set(ACCOUNT.CREATED_AT, a.createdAt())
                .set(ACCOUNT.VERSION, 0)
                .returning(ACCOUNT.ID)
                .fetchOne(ACCOUNT.ID);
        return byId(id).orElseThrow();
    }

    /** Saves display name, role (with a team leader's team) and active state if the row still has {@code a.version()}. */
    public Account update(Account a) {
        int rows = dsl.update(ACCOUNT)
                .set(ACCOUNT.DISPLAY_NAME, a.displayName())
                .set(ACCOUNT.ROLE, a.role().name())
                .set(ACCOUNT.TEAM_ID, a.teamId())
                .set(ACCOUNT.ACTIVE, a.active())
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(a.id()).and(ACCOUNT.VERSION.eq(a.version())))
                .execute();
        Optimistic.requireUpdated(rows);
        return byId(a.id()).orElseThrow();
    }

    /** Replaces the password hash and clears any lock, if the row still has {@code a.version()}. */
    Account setPasswordHash(Account a, String passwordHash) {
        int rows = dsl.update(ACCOUNT)
                .set(ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(ACCOUNT.FAILED_LOGINS, 0)
                .setNull(ACCOUNT.LOCKED_UNTIL)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(a.id()).and(ACCOUNT.VERSION.eq(a.version())))
                .execute();
        Optimistic.requireUpdated(rows);
        return byId(a.id()).orElseThrow();
    }

    /** Records the count of failed sign-ins in a row and the lock, if any. */
    public Account setFailures(long id, int failedLogins, LocalDateTime lockedUntil) {
        dsl.update(ACCOUNT)
                .set(ACCOUNT.FAILED_LOGINS, failedLogins)
                .set(ACCOUNT.LOCKED_UNTIL, lockedUntil)
                .where(ACCOUNT.ID.eq(id))
                .execute();
        return byId(id).orElseThrow();
    }

    /** The teams a team leader's account may be linked to: the active ones, and any already linked, by name. */
    public List<TeamChoice> teamChoices() {
        return dsl.select(TEAM.ID, TEAM.NAME).from(TEAM)
                .where(TEAM.ACTIVE.isTrue().or(TEAM.ID.in(DSL.select(ACCOUNT.TEAM_ID).from(ACCOUNT))))
                .orderBy(TEAM.NAME).fetch(r -> new TeamChoice(r.value1(), r.value2()));
    }

    public boolean teamExists(long teamId) {
        return dsl.fetchExists(TEAM, TEAM.ID.eq(teamId));
    }

    static Account toAccount(AccountRecord r) {
        return new Account(r.getId(), r.getUsername(), r.getDisplayName(), Role.valueOf(r.getRole()), r.getTeamId(),
                r.getFailedLogins(), r.getLockedUntil(), r.getActive(), r.getCreatedAt(), r.getVersion());
    }
}
