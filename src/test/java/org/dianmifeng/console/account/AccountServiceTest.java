package org.dianmifeng.console.account;

import org.dianmifeng.console.testing.TestKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.AuditEntry;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Passwords;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.core.ValidationException;
import org.dianmifeng.console.testing.MutableClock;
import org.dianmifeng.console.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountServiceTest {
    static final int FEW = 1_000;
    static final char[] GOOD = "蜜蜂-correct-horse".toCharArray();
    static final char[] OTHER = "another-long-secret".toCharArray();

    @TempDir Path dir;
    Database db;
    MutableClock clock;
    Audit audit;
    AccountService accounts;

    @BeforeEach
    void open() {
        db = TestKeys.open(dir);
        clock = MutableClock.startingAt(TestServices.CLOCK);
        audit = new Audit(db, clock);
        accounts = new AccountService(db, audit, clock, FEW);
    }

    @AfterEach
    void close() {
        db.close();
    }

    Session admin() {
        return accounts.login("admin", GOOD);
    }

    Account firstAdmin() {
        return accounts.createFirstAdministrator("admin", "管理员", GOOD, GOOD);
    }

    Account account(String username, Role role) {
        return accounts.create(admin(), Account.draft(username, username + " 名", role), GOOD, GOOD);
    }

    Account fresh(String username) {
        return accounts.list(Session.system()).stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow();
    }

    List<AuditEntry> log(int limit) {
        return audit.find(Session.system(), new AuditFilter(null, null, null, "ACCOUNT", null, limit));
    }

    @Test
    void theFirstAdministratorCanBeCreatedOnlyOnce() {
        assertFalse(accounts.hasAnyAccount());
        Account admin = firstAdmin();
        assertEquals(Role.ADMINISTRATOR, admin.role());
        assertTrue(accounts.hasAnyAccount());
        ConsoleException again = assertThrows(ConsoleException.class,
                () -> accounts.createFirstAdministrator("root", "另一个", OTHER, OTHER));
        assertEquals("error.account.notFirst", again.key());
        assertEquals(List.of("admin"), accounts.list(admin()).stream().map(Account::username).toList());
    }

    @Test
    void aPasswordMustBeLongEnoughAndTypedTwiceTheSame() {
        ValidationException shortOne = assertThrows(ValidationException.class,
                () -> accounts.createFirstAdministrator("admin", "管理员", "123456789".toCharArray(), "123456789".toCharArray()));
        assertTrue(shortOne.hasProblem("account.password"));
        assertEquals("error.password.tooShort", shortOne.problems().get(0).key());
        assertTrue(shortOne.localized(Messages.of(Messages.CHINESE)).contains("10"));
        ValidationException mismatch = assertThrows(ValidationException.class,
                () -> accounts.createFirstAdministrator("admin", "管理员", GOOD, OTHER));
        assertTrue(mismatch.hasProblem("account.repeat"));
        assertFalse(mismatch.hasProblem("account.password"));
        ValidationException badName = assertThrows(ValidationException.class,
                () -> accounts.createFirstAdministrator("a b", "", GOOD, GOOD));
        assertTrue(badName.hasProblem("account.username"));
        assertTrue(badName.hasProblem("account.displayName"));
        assertFalse(accounts.hasAnyAccount(), "nothing is half-saved");
        accounts.createFirstAdministrator("admin", "管理员", "0123456789".toCharArray(), "0123456789".toCharArray());
        assertTrue(accounts.hasAnyAccount());
    }

    @Test
    void fiveFailuresLockForFiveMinutesEvenAgainstTheRightPassword() {
        firstAdmin();
        account("clerk", Role.OFFICE_STAFF);
        for (int i = 1; i <= 4; i++) {
            ConsoleException e = assertThrows(ConsoleException.class, () -> accounts.login("clerk", OTHER));
            assertEquals("error.login.failed", e.key());
        }
        ConsoleException fifth = assertThrows(ConsoleException.class, () -> accounts.login("clerk", OTHER));
        assertEquals("error.login.locked", fifth.key());
        LocalDateTime until = LocalDateTime.now(clock).plusMinutes(5);
        assertEquals(until, fresh("clerk").lockedUntil());
        assertTrue(fifth.localized(Messages.of(Messages.CHINESE)).contains(until.toLocalTime().toString()));

        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        ConsoleException stillLocked = assertThrows(ConsoleException.class, () -> accounts.login("clerk", GOOD));
        assertEquals("error.login.locked", stillLocked.key());

        clock.advance(Duration.ofSeconds(1));
        Session clerk = accounts.login("clerk", GOOD);
        assertEquals(Role.OFFICE_STAFF, clerk.role());
        assertEquals(0, fresh("clerk").failedLogins());
        assertNull(fresh("clerk").lockedUntil());

        List<AuditAction> actions = log(50).stream().map(AuditEntry::action).toList();
        assertTrue(actions.contains(AuditAction.LOCKED));
        assertEquals(6, actions.stream().filter(a -> a == AuditAction.LOGIN_FAILED).count());
        assertTrue(log(50).stream().noneMatch(e -> String.valueOf(e.summary()).contains(new String(OTHER))
                || String.valueOf(e.before()).contains(new String(OTHER))
                || String.valueOf(e.after()).contains(new String(OTHER))));
    }

    @Test
    void aSuccessResetsTheCounter() {
        firstAdmin();
        account("clerk", Role.OFFICE_STAFF);
        for (int i = 0; i < 4; i++) {
            assertThrows(ConsoleException.class, () -> accounts.login("clerk", OTHER));
        }
        assertEquals(4, fresh("clerk").failedLogins());
        accounts.login("clerk", GOOD);
        assertEquals(0, fresh("clerk").failedLogins());
        for (int i = 0; i < 4; i++) {
            ConsoleException e = assertThrows(ConsoleException.class, () -> accounts.login("clerk", OTHER));
            assertEquals("error.login.failed", e.key(), "four failures after a success do not lock");
        }
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswerAndInactiveIsRefused() {
        firstAdmin();
        Account clerk = account("clerk", Role.VIEWER);
        ConsoleException unknown = assertThrows(ConsoleException.class, () -> accounts.login("nobody", GOOD));
        ConsoleException wrong = assertThrows(ConsoleException.class, () -> accounts.login("clerk", OTHER));
        assertEquals(unknown.key(), wrong.key());
        Messages zh = Messages.of(Messages.CHINESE);
        assertEquals(unknown.localized(zh), wrong.localized(zh));
        accounts.setActive(admin(), clerk, false);
        ConsoleException inactive = assertThrows(ConsoleException.class, () -> accounts.login("clerk", GOOD));
        assertEquals("error.login.inactive", inactive.key());
        AuditEntry newest = log(1).get(0);
        assertEquals(AuditAction.LOGIN_FAILED, newest.action());
        assertEquals("clerk", newest.username());
        assertTrue(log(20).stream().anyMatch(e -> e.action() == AuditAction.LOGIN && e.username().equals("admin")));
        assertTrue(log(20).stream().noneMatch(e -> e.summary().contains("nobody")), "unknown names are not recorded");
    }

    @Test
    void theLastActiveAdministratorCannotBeDeactivatedOrDemoted() {
        Account admin = firstAdmin();
        Account second = account("second", Role.ADMINISTRATOR);
        Session asSecond = accounts.login("second", GOOD);
        ConsoleException self = assertThrows(ConsoleException.class, () -> accounts.setActive(admin(), admin, false));
        assertEquals("error.account.notYourself", self.key());
        accounts.setActive(asSecond, admin, false);
        ConsoleException last = assertThrows(ConsoleException.class,
                () -> accounts.setActive(asSecond, fresh("second"), false));
        assertTrue(List.of("error.account.notYourself", "error.account.lastAdministrator").contains(last.key()));
        Session system = Session.system();
        ConsoleException lastBySystem = assertThrows(ConsoleException.class,
                () -> accounts.setActive(system, fresh("second"), false));
        assertEquals("error.account.lastAdministrator", lastBySystem.key());
        ConsoleException demote = assertThrows(ConsoleException.class,
                () -> accounts.changeRole(system, fresh("second"), Role.VIEWER, null));
        assertEquals("error.account.lastAdministrator", demote.key());
        assertTrue(fresh("second").active());
        assertEquals(Role.ADMINISTRATOR, fresh("second").role());
        accounts.setActive(asSecond, accounts.list(asSecond).get(0), true);
        assertEquals(Role.VIEWER, accounts.changeRole(system, fresh("second"), Role.VIEWER, null).role());
    }

    @Test
    void everyAdministratorOperationRefusesOtherRoles() {
        firstAdmin();
        Account target = account("target", Role.VIEWER);
        for (Role role : List.of(Role.OFFICE_STAFF, Role.PARTY_SECRETARY, Role.CASE_OFFICER, Role.VIEWER)) {
            Session who = new Session(target.id(), "target", "t", role);
            List<Consumer<Session>> operations = List.of(
                    s -> accounts.list(s),
                    s -> accounts.create(s, Account.draft("intruder", "x", Role.ADMINISTRATOR), GOOD, GOOD),
                    s -> accounts.changeRole(s, target, Role.ADMINISTRATOR, null),
                    s -> accounts.setActive(s, target, false),
                    s -> accounts.resetPassword(s, target, OTHER, OTHER),
                    s -> accounts.unlock(s, target));
            for (Consumer<Session> op : operations) {
                assertThrows(AccessDeniedException.class, () -> op.accept(who), role.name());
            }
        }
        assertEquals(2, accounts.list(admin()).size());
        assertEquals(Role.VIEWER, fresh("target").role());
        assertTrue(fresh("target").active());
        accounts.login("target", GOOD);
    }

    @Test
    void administratorManagesAccountsAndAnyoneChangesTheirOwnPassword() {
        firstAdmin();
        Account clerk = account("Clerk.One", Role.OFFICE_STAFF);
        assertEquals("clerk.one", clerk.username());
        ValidationException taken = assertThrows(ValidationException.class, () -> account("clerk.one", Role.VIEWER));
        assertTrue(taken.hasProblem("account.username"));

        Account reset = accounts.resetPassword(admin(), clerk, OTHER, OTHER);
        assertThrows(ConsoleException.class, () -> accounts.login("clerk.one", GOOD));
        Session session = accounts.login("clerk.one", OTHER);
        assertThrows(StaleDataException.class, () -> accounts.changeRole(admin(), clerk, Role.VIEWER, null));
        assertEquals(Role.VIEWER, accounts.changeRole(admin(), reset, Role.VIEWER, null).role());

        ValidationException wrongOld = assertThrows(ValidationException.class,
                () -> accounts.changeOwnPassword(session, GOOD, "a-new-password".toCharArray(), "a-new-password".toCharArray()));
        assertTrue(wrongOld.hasProblem("account.oldPassword"));
        accounts.changeOwnPassword(session, OTHER, "a-new-password".toCharArray(), "a-new-password".toCharArray());
        assertEquals("clerk.one", accounts.login("clerk.one", "a-new-password".toCharArray()).username());

        for (int i = 0; i < 5; i++) {
            assertThrows(ConsoleException.class, () -> accounts.login("clerk.one", GOOD));
        }
        assertTrue(accounts.isLocked(fresh("clerk.one")));
        accounts.unlock(admin(), fresh("clerk.one"));
        assertFalse(accounts.isLocked(fresh("clerk.one")));
        accounts.login("clerk.one", "a-new-password".toCharArray());
        assertTrue(log(100).stream().allMatch(e -> e.after() == null || !e.after().contains("pbkdf2")));
    }

    @Test
    void theProductionConstructorStoresPbkdf2WithAtLeast600000Iterations() {
        AccountService production = new AccountService(db, audit, clock);
        production.createFirstAdministrator("admin", "管理员", GOOD, GOOD);
        String stored = db.read(dsl -> dsl.select(org.dianmifeng.console.db.Tables.ACCOUNT.PASSWORD_HASH)
                .from(org.dianmifeng.console.db.Tables.ACCOUNT).fetchOne().value1());
        assertTrue(stored.startsWith("pbkdf2-sha256$"), stored);
        assertTrue(Passwords.iterationsOf(stored) >= 600_000);
        assertNotEquals(-1, stored.indexOf('$', "pbkdf2-sha256$".length()));
        assertTrue(Passwords.matches(GOOD, stored));
    }
}
