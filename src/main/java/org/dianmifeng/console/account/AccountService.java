package org.dianmifeng.console.account;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.AuditNote;
import org.dianmifeng.console.core.AuditTexts;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.DataKey;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Keyring;
import org.dianmifeng.console.core.Passwords;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.core.Texts;
import org.jooq.DSLContext;

/**
 * Accounts and sign-in. Passwords are PBKDF2-HMAC-SHA256 hashes with a salt per account; five failed
 * sign-ins in a row lock an account for five minutes. Only the administrator manages accounts;
 * anyone may change their own password. Password text is never stored, logged or audited.
 */
public final class AccountService {
    /** The field of the recovery key in the problems of {@link #recoveryChecks}. */
    public static final String RECOVERY_KEY = "recovery.key";
    /** The field of the administrator's name in the problems of {@link #recoveryChecks}, as the form labels it. */
    public static final String RECOVERY_USERNAME = "recovery.username";
    static final String ENTITY = "ACCOUNT";
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(5);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Database db;
    private final Audit audit;
    private final Clock clock;
    private final int iterations;
    private volatile String decoyHash;

    /** The production service: {@link Passwords#ITERATIONS} iterations for every new hash. */
    public AccountService(Database db, Audit audit, Clock clock) {
        this(db, audit, clock, Passwords.ITERATIONS);
    }

    /** With another iteration count for new hashes: only tests and sample data use fewer than the default. */
    public AccountService(Database db, Audit audit, Clock clock, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.iterations = iterations;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Whether sign-in is refused now because of failed attempts. */
    public boolean isLocked(Account account) {
        return account.lockedAt(now());
    }

    // ---- first start and sign-in ----

    public boolean hasAnyAccount() {
        return db.read(dsl -> new AccountStore(dsl).count() > 0);
    }

    /** The administrator asked for at first start; refused once any account exists. */
    public Account createFirstAdministrator(String username, String displayName, char[] password, char[] repeat) {
        Account draft = normalized(Account.draft(username, displayName, Role.ADMINISTRATOR));
        Account.checkNewPassword(draft.check(), password, repeat).throwIfAny();
        String hash = Passwords.hash(password, iterations);
        return db.keyring().withPassword(draft.username(), password, iterations, () -> db.transaction(dsl -> {
            AccountStore store = new AccountStore(dsl);
            if (store.count() > 0) {
                throw new ConsoleException("error.account.notFirst");
            }
            Account saved = store.insert(draft, hash);
            audit.record(dsl, who(saved), AuditAction.CREATE, ENTITY, saved.id(), saved.username(), null, saved);
            return saved;
        }));
    }

    /**
     * Signs in. An unknown username and a wrong password get the same answer; the fifth failure in a
     * row locks the account for {@link #LOCK_TIME}, and while it is locked even the right password is
     * refused with the time the lock ends. Every attempt is audited, without the password.
     */
    public Session login(String username, char[] password) {
        return login(username, password, false);
    }

    /**
     * As {@link #login}, right after this password unwrapped the database's key from this username's key slot
     * ({@code Vault.key}) and the database opened with it: the slot is known to open with the password and is not
     * derived again to check it (one PBKDF2 derivation less at a sign-in that opens the database, 0.12–0.15 s).
     */
    public Session loginAfterUnwrap(String username, char[] password) {
        return login(username, password, true);
    }

    private Session login(String username, char[] password, boolean unwrapped) {
        String name = Texts.clean(username);
        char[] typed = password == null ? new char[0] : password;
        if (name == null || typed.length == 0) {
            throw new ConsoleException("error.login.failed");
        }
        Outcome outcome = db.transaction(dsl -> attempt(dsl, name, typed));
        if (outcome.session() == null) {
            throw new ConsoleException(outcome.key(), outcome.args());
        }
        Keyring keyring = db.keyring();
        String signedIn = outcome.session().username();
        boolean known = unwrapped && signedIn.equalsIgnoreCase(name); // slots match names ignoring case
        if (!keyring.isTidy(signedIn) || !known && !keyring.opens(signedIn, typed)) {
            // the first sign-in after an encryption upgrade, after a crash during a password change, or after a
            // restore brought back an older password: the slot is made for the password the database holds now
            keyring.replace(signedIn, typed, iterations);
        }
        return outcome.session();
    }

    private record Outcome(Session session, String key, Object... args) {
        static Outcome refused(String key, Object... args) {
            return new Outcome(null, key, args);
        }
    }

    private Outcome attempt(DSLContext dsl, String name, char[] typed) {
        AccountStore store = new AccountStore(dsl);
        var found = store.credentials(name);
        if (found.isEmpty()) {
            Passwords.matches(typed, decoy());
            audit.record(dsl, new Session(0, "-", "-", Role.VIEWER), AuditAction.LOGIN_FAILED, ENTITY, null,
                    AuditTexts.stored(AuditNote.UNKNOWN_USERNAME), null, null);
            return Outcome.refused("error.login.failed");
        }
        Account account = found.get().account();
        Session as = who(account);
        LocalDateTime now = now();
        if (account.lockedAt(now)) {
            audit.record(dsl, as, AuditAction.LOGIN_FAILED, ENTITY, account.id(), account.username() + " " + AuditTexts.stored(AuditNote.LOCKED),
                    null, null);
            return Outcome.refused("error.login.locked", UNTIL.format(account.lockedUntil()));
        }
        if (!Passwords.matches(typed, found.get().passwordHash())) {
            int failures = (account.lockedUntil() != null ? 0 : account.failedLogins()) + 1;
            boolean lock = failures >= MAX_FAILED_LOGINS;
            LocalDateTime until = lock ? now.plus(LOCK_TIME) : null;
            Account after = store.setFailures(account.id(), failures, until);
            audit.record(dsl, as, AuditAction.LOGIN_FAILED, ENTITY, account.id(),
                    account.username() + ": " + failures + "/" + MAX_FAILED_LOGINS, null, null);
            if (lock) {
                audit.record(dsl, as, AuditAction.LOCKED, ENTITY, account.id(), account.username(), account, after);
                return Outcome.refused("error.login.locked", UNTIL.format(until));
            }
            return Outcome.refused("error.login.failed");
        }
        if (!account.active()) {
            audit.record(dsl, as, AuditAction.LOGIN_FAILED, ENTITY, account.id(), account.username() + " " + AuditTexts.stored(AuditNote.INACTIVE),
                    null, null);
            return Outcome.refused("error.login.inactive");
        }
        if (account.failedLogins() != 0 || account.lockedUntil() != null) {
            store.setFailures(account.id(), 0, null);
        }
        audit.record(dsl, as, AuditAction.LOGIN, ENTITY, account.id(), account.username(), null, null);
        return new Outcome(as, null);
    }

    /** A hash to check unknown usernames against, so that they take as long as known ones. */
    private String decoy() {
        String h = decoyHash;
        if (h == null) {
            h = Passwords.hash("decoy-password".toCharArray(), iterations);
            decoyHash = h;
        }
        return h;
    }

    // ---- any signed-in user ----

    /** Changes the signed-in user's own password; the old one must be given. */
    public Account changeOwnPassword(Session who, char[] oldPassword, char[] password, char[] repeat) {
        Checks checks = new Checks();
        if (oldPassword == null || oldPassword.length == 0) {
            checks.add("account.oldPassword", "error.required");
        }
        Account.checkNewPassword(checks, password, repeat).throwIfAny();
        return db.keyring().withPassword(who.username(), password, iterations, () -> db.transaction(dsl -> {
            AccountStore store = new AccountStore(dsl);
            AccountStore.Credentials current = store.credentials(who.accountId()).orElseThrow(StaleDataException::new);
            if (!Passwords.matches(oldPassword, current.passwordHash())) {
                new Checks().add("account.oldPassword", "error.password.wrongOld").throwIfAny();
            }
            return savePassword(dsl, who, current.account(), password);
        }));
    }

    // ---- administrator ----

    public List<Account> list(Session who) {
        who.require(Permission.ACCOUNT_MANAGE);
        return db.read(dsl -> new AccountStore(dsl).all());
    }

    public Account create(Session who, Account account, char[] password, char[] repeat) {
        who.require(Permission.ACCOUNT_MANAGE);
        Account draft = normalized(account);
        Account.checkNewPassword(draft.check(), password, repeat).throwIfAny();
        String hash = Passwords.hash(password, iterations);
        boolean taken = db.read(dsl -> new AccountStore(dsl).byUsername(draft.username()).isPresent());
        Supplier<Account> insert = () -> db.transaction(dsl -> {
            AccountStore store = new AccountStore(dsl);
            store.byUsername(draft.username()).ifPresent(existing -> new Checks()
                    .add("account.username", "error.account.usernameTaken", existing.username(),
                            existing.displayName()).throwIfAny());
            requireTeam(store, draft);
            Account saved = store.insert(draft, hash);
            audit.record(dsl, who, AuditAction.CREATE, ENTITY, saved.id(), saved.username(), null, saved);
            return saved;
        });
        // a name taken is refused without a slot, so that the holder's slots stay as they are
        return taken ? insert.get() : db.keyring().withPassword(draft.username(), password, iterations, insert);
    }

    /**
     * Gives an account another role, a team leader with the team they act for; the last active administrator and your
     * own account keep theirs.
     */
    public Account changeRole(Session who, Account account, Role role, Long teamId) {
        who.require(Permission.ACCOUNT_MANAGE);
        Account.checkTeam(new Checks().required("account.role", role), role, teamId).throwIfAny();
        return db.transaction(dsl -> {
            AccountStore store = new AccountStore(dsl);
            Account before = store.byId(account.id()).orElseThrow(StaleDataException::new);
            if (role != Role.ADMINISTRATOR) {
                requireNotSelf(who, before);
                requireAnotherAdministrator(store, before);
            }
            Account after = account.withRole(role, teamId);
            requireTeam(store, after);
            return update(dsl, who, before, after);
        });
    }

    /** The teams a team leader's account may be linked to, by name: for the account form and the account list. */
    public List<TeamChoice> teamChoices(Session who) {
        who.require(Permission.ACCOUNT_MANAGE);
        return db.read(dsl -> new AccountStore(dsl).teamChoices());
    }

    private static void requireTeam(AccountStore store, Account a) {
        if (a.teamId() != null && !store.teamExists(a.teamId())) {
            throw new StaleDataException();
        }
    }

    /**
     * Deactivates or activates an account; never your own, never the last active administrator. A deactivated
     * account's key slot is removed, so that its password no longer opens the database file; once activated again it
     * gets one at its first sign-in while the database is open, or when the administrator sets a new password.
     */
    public Account setActive(Session who, Account account, boolean active) {
        who.require(Permission.ACCOUNT_MANAGE);
        Account saved = db.transaction(dsl -> {
            AccountStore store = new AccountStore(dsl);
            Account before = store.byId(account.id()).orElseThrow(StaleDataException::new);
            if (!active) {
                requireNotSelf(who, before);
                requireAnotherAdministrator(store, before);
            }
            return update(dsl, who, before, account.withActive(active));
        });
        if (!active) {
            db.keyring().remove(saved.username());
        }
        return saved;
    }

    /** Sets a new password typed twice by the administrator; also ends a lock. */
    public Account resetPassword(Session who, Account account, char[] password, char[] repeat) {
        who.require(Permission.ACCOUNT_MANAGE);
        Account.checkNewPassword(new Checks(), password, repeat).throwIfAny();
        boolean active = db.read(dsl -> new AccountStore(dsl).byId(account.id()).map(Account::active).orElse(false));
        if (!active) {
            // a deactivated account gets no key slot: its new password opens the file once it is activated again
            return db.transaction(dsl -> savePassword(dsl, who, account, password));
        }
        return db.keyring().withPassword(account.username(), password, iterations,
                () -> db.transaction(dsl -> savePassword(dsl, who, account, password)));
    }

    /**
     * Sets a new password for an active administrator who forgot theirs, on the authority of the recovery key kept
     * in the office safe (no one is signed in): the key must be this database's. Ends a lock; audited as the
     * administrator's own act, naming the recovery key.
     */
    public Account resetWithRecoveryKey(String recoveryKey, String username, char[] password, char[] repeat) {
        recoveryChecks(recoveryKey, username, password, repeat).throwIfAny();
        if (!db.keyring().isRecoveryKey(recoveryKey)) {
            throw new ConsoleException("error.recoveryKey.wrong");
        }
        String name = Texts.clean(username);
        Account account = db.read(dsl -> new AccountStore(dsl).byUsername(name))
                .filter(a -> a.role() == Role.ADMINISTRATOR && a.active())
                .orElseThrow(() -> new ConsoleException("error.recoveryKey.notAdministrator", name));
        return db.keyring().withPassword(account.username(), password, iterations, () -> db.transaction(dsl -> {
            AccountStore store = new AccountStore(dsl);
            Account current = store.setFailures(account.id(), 0, null);
            Account saved = store.setPasswordHash(current, Passwords.hash(password, iterations));
            Auditable after = () -> saved.auditText() + "; password=" + AuditTexts.stored(AuditNote.CHANGED);
            audit.record(dsl, who(saved), AuditAction.UPDATE, ENTITY, saved.id(), saved.username()
                    + " " + AuditTexts.stored(AuditNote.PASSWORD_BY_RECOVERY_KEY), account, after);
            return saved;
        }));
    }

    /**
     * What a new password set with the recovery key needs before anything is opened or read, every problem at once:
     * the key in its printed form ({@value #RECOVERY_KEY}), the administrator's name ({@value #RECOVERY_USERNAME}), the
     * new password typed twice by the rules.
     * Whether the key is this database's and the name an active administrator's is known only once it is open.
     */
    public static Checks recoveryChecks(String recoveryKey, String username, char[] password, char[] repeat) {
        Checks checks = new Checks();
        if (Texts.clean(recoveryKey) == null) {
            checks.add(RECOVERY_KEY, "error.required");
        } else if (DataKey.fromRecoveryKey(recoveryKey).isEmpty()) {
            checks.add(RECOVERY_KEY, "error.recoveryKey.format");
        }
        checks.required(RECOVERY_USERNAME, Texts.clean(username));
        return Account.checkNewPassword(checks, password, repeat);
    }

    /** Ends a lock at once and clears the count of failed sign-ins. */
    public Account unlock(Session who, Account account) {
        who.require(Permission.ACCOUNT_MANAGE);
        return db.transaction(dsl -> {
            AccountStore store = new AccountStore(dsl);
            Account before = store.byId(account.id()).orElseThrow(StaleDataException::new);
            Account after = store.setFailures(before.id(), 0, null);
            audit.record(dsl, who, AuditAction.UPDATE, ENTITY, after.id(), after.username() + " " + AuditTexts.stored(AuditNote.UNLOCKED), before,
                    after);
            return after;
        });
    }

    private Account savePassword(DSLContext dsl, Session who, Account account, char[] password) {
        String hash = Passwords.hash(password, iterations);
        Account saved = new AccountStore(dsl).setPasswordHash(account, hash);
        Auditable after = () -> saved.auditText() + "; password=" + AuditTexts.stored(AuditNote.CHANGED);
        audit.record(dsl, who, AuditAction.UPDATE, ENTITY, saved.id(), saved.username() + " " + AuditTexts.stored(AuditNote.PASSWORD), account,
                after);
        return saved;
    }

    private Account update(DSLContext dsl, Session who, Account before, Account after) {
        Account saved = new AccountStore(dsl).update(after);
        audit.record(dsl, who, AuditAction.UPDATE, ENTITY, saved.id(), saved.username(), before, saved);
        return saved;
    }

    private static void requireNotSelf(Session who, Account account) {
        if (account.id() == who.accountId()) {
            throw new ConsoleException("error.account.notYourself", account.username());
        }
    }

    private static void requireAnotherAdministrator(AccountStore store, Account account) {
        if (account.role() == Role.ADMINISTRATOR && account.active()
                && store.otherActiveAdministrators(account.id()) == 0) {
            throw new ConsoleException("error.account.lastAdministrator", account.username());
        }
    }

    private Account normalized(Account a) {
        String username = Texts.clean(a.username());
        return new Account(null, username == null ? null : username.toLowerCase(Locale.ROOT),
                Texts.clean(a.displayName()), a.role(), a.role() == Role.TEAM_LEADER ? a.teamId() : null, 0, null, true,
                now(), null);
    }

    private static Session who(Account a) {
        return new Session(a.id(), a.username(), a.displayName(), a.role());
    }
}
