package org.dianmifeng.console.account;

import static org.dianmifeng.console.account.AccountServiceTest.FEW;
import static org.dianmifeng.console.account.AccountServiceTest.GOOD;
import static org.dianmifeng.console.account.AccountServiceTest.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.AuditTexts;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.KeySlots;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.Vault;
import org.dianmifeng.console.testing.TestKeys;
import org.dianmifeng.console.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every account's password opens the encrypted database through its key slot, kept in step with the password by the
 * account service: first administrator, new accounts, a changed password, an administrator's reset, the recovery key.
 */
class AccountKeySlotsTest {
    private static final char[] NEWER = "yet-another-secret".toCharArray();
    @TempDir Path dir;

    private interface Work {
        void on(AccountService accounts);
    }

    /** Opens the folder's database as a sign-in does (with the key the password unwraps) and runs work on it. */
    private void signedIn(String username, char[] password, Work work) {
        try (Database db = Vault.open(dir, username, password)) {
            work.on(new AccountService(db, new Audit(db, TestServices.CLOCK), TestServices.CLOCK, FEW));
        }
    }

    private void refused(String username, char[] password) {
        assertEquals("error.login.failed", assertThrows(ConsoleException.class,
                () -> Vault.open(dir, username, password)).key(), username + " with a wrong password");
    }

    @Test
    void eachPasswordOpensTheDatabaseAndOnlyTheCurrentOne() {
        try (Database db = TestKeys.open(dir)) {
            AccountService accounts = new AccountService(db, new Audit(db, TestServices.CLOCK), TestServices.CLOCK, FEW);
            assertEquals(Vault.State.NEW, Vault.state(dir), "no account yet: the first start");
            accounts.createFirstAdministrator("admin", "管理员", GOOD, GOOD);
        }
        assertEquals(Vault.State.LOCKED, Vault.state(dir));
        refused("admin", OTHER);
        refused("nobody", GOOD);

        signedIn("admin", GOOD, a -> {
            Session admin = a.login("admin", GOOD);
            a.create(admin, Account.draft("office", "办公室", Role.OFFICE_STAFF), OTHER, OTHER);
            assertThrows(ConsoleException.class,
                    () -> a.create(admin, Account.draft("office", "又一个", Role.VIEWER), NEWER, NEWER), "name taken");
        });
        refused("office", NEWER);
        signedIn("office", OTHER, a -> a.changeOwnPassword(a.login("office", OTHER), OTHER, NEWER, NEWER));
        refused("office", OTHER);
        signedIn("office", NEWER, a -> assertEquals(Role.OFFICE_STAFF, a.login("office", NEWER).role()));

        signedIn("admin", GOOD, a -> {
            Session admin = a.login("admin", GOOD);
            Account office = a.list(admin).stream().filter(x -> x.username().equals("office")).findFirst().orElseThrow();
            a.resetPassword(admin, office, OTHER, OTHER);
        });
        refused("office", NEWER);
        signedIn("office", OTHER, a -> a.login("office", OTHER));

        // a deactivated account's password opens the file no more; a new password from the administrator again
        signedIn("admin", GOOD, a -> {
            Session admin = a.login("admin", GOOD);
            Account office = a.list(admin).stream().filter(x -> x.username().equals("office")).findFirst().orElseThrow();
            Account off = a.setActive(admin, office, false);
            a.resetPassword(admin, off, NEWER, NEWER);
            a.setActive(admin, a.list(admin).stream().filter(x -> x.username().equals("office")).findFirst()
                    .orElseThrow(), true);
        });
        refused("office", OTHER);
        refused("office", NEWER);
        signedIn("admin", GOOD, a -> {
            Session admin = a.login("admin", GOOD);
            Account office = a.list(admin).stream().filter(x -> x.username().equals("office")).findFirst().orElseThrow();
            a.resetPassword(admin, office, NEWER, NEWER);
        });
        signedIn("office", NEWER, a -> a.login("office", NEWER));
    }

    @Test
    void aWrongOldPasswordChangesNeitherTheAccountNorItsSlot() {
        try (Database db = TestKeys.open(dir)) {
            new AccountService(db, new Audit(db, TestServices.CLOCK), TestServices.CLOCK, FEW)
                    .createFirstAdministrator("admin", "管理员", GOOD, GOOD);
        }
        signedIn("admin", GOOD, a -> assertThrows(ConsoleException.class,
                () -> a.changeOwnPassword(a.login("admin", GOOD), OTHER, NEWER, NEWER)));
        refused("admin", NEWER);
        assertTrue(KeySlots.of(dir).has("admin"));
        signedIn("admin", GOOD, a -> a.login("admin", GOOD));
    }

    /**
     * The window's sign-in that opened the database skips only the slot's second derivation: the password's hash
     * still decides, every refusal is the same, and the slot stays the password's.
     */
    @Test
    void theSignInThatOpenedTheDatabaseStillChecksThePassword() {
        try (Database db = TestKeys.open(dir)) {
            new AccountService(db, new Audit(db, TestServices.CLOCK), TestServices.CLOCK, FEW)
                    .createFirstAdministrator("admin", "管理员", GOOD, GOOD);
        }
        signedIn("admin", GOOD, a -> {
            assertEquals("error.login.failed", assertThrows(ConsoleException.class,
                    () -> a.loginAfterUnwrap("admin", OTHER)).key(), "a password that is not the account's");
            assertEquals("error.login.failed", assertThrows(ConsoleException.class,
                    () -> a.loginAfterUnwrap("nobody", GOOD)).key(), "an unknown name");
            assertEquals(Role.ADMINISTRATOR, a.loginAfterUnwrap("admin", GOOD).role());
        });
        refused("admin", OTHER);
        signedIn("admin", GOOD, a -> assertEquals(Role.ADMINISTRATOR, a.login("admin", GOOD).role()));
    }

    @Test
    void theRecoveryKeySetsANewPasswordForAnAdministratorOnly() throws Exception {
        try (Database db = TestKeys.open(dir)) {
            AccountService a = new AccountService(db, new Audit(db, TestServices.CLOCK), TestServices.CLOCK, FEW);
            Session admin = a.login(a.createFirstAdministrator("admin", "管理员", GOOD, GOOD).username(), GOOD);
            a.create(admin, Account.draft("viewer", "查看者", Role.VIEWER), GOOD, GOOD);
            assertEquals(TestKeys.RECOVERY_KEY, db.keyring().recoveryKeyToShow().orElseThrow(),
                    "shown once, to the first administrator");
            assertEquals(TestKeys.RECOVERY_KEY, db.keyring().recoveryKeyToShow().orElseThrow(), "until kept");
            db.keyring().recoveryKeyKept();
            assertTrue(db.keyring().recoveryKeyToShow().isEmpty(), "and never again");
        }
        // the administrator forgot the password: the recovery key opens the database and sets a new one
        try (Database db = Database.open(dir, Vault.recoveryKey(TestKeys.RECOVERY_KEY.toLowerCase()))) {
            AccountService a = new AccountService(db, new Audit(db, TestServices.CLOCK), TestServices.CLOCK, FEW);
            String wrong = "0000-0000-0000-0000-0000-0000-0000-0000";
            assertEquals("error.recoveryKey.wrong", assertThrows(ConsoleException.class,
                    () -> a.resetWithRecoveryKey(wrong, "admin", NEWER, NEWER)).key());
            assertEquals("error.recoveryKey.notAdministrator", assertThrows(ConsoleException.class,
                    () -> a.resetWithRecoveryKey(TestKeys.RECOVERY_KEY, "viewer", NEWER, NEWER)).key());
            a.resetWithRecoveryKey(TestKeys.RECOVERY_KEY, "admin", NEWER, NEWER);
        }
        refused("admin", GOOD);
        try (Database db = Vault.open(dir, "admin", NEWER)) {
            Session admin = new AccountService(db, new Audit(db, TestServices.CLOCK), TestServices.CLOCK, FEW)
                    .login("admin", NEWER);
            // found by what the log shows, in either language (the stored text is language-neutral)
            for (java.util.Locale l : java.util.List.of(Messages.ENGLISH, Messages.CHINESE)) {
                String shown = Messages.of(l).label(org.dianmifeng.console.core.AuditNote.PASSWORD_BY_RECOVERY_KEY);
                assertEquals(1, new Audit(db, TestServices.CLOCK).find(admin, new AuditFilter(null, null, null, null,
                        shown, 100, AuditTexts.storedTerms(Messages.of(l), shown))).size(), "audited, found in " + l);
            }
        }
        // the slots lost: no password opens it, the message says what does; the recovery key still opens it
        java.nio.file.Files.delete(KeySlots.fileIn(dir));
        assertEquals(Vault.State.LOCKED, Vault.state(dir), "never taken for a new folder");
        assertEquals("error.keys.missing", assertThrows(ConsoleException.class,
                () -> Vault.open(dir, "admin", NEWER)).key());
        Database.open(dir, Vault.recoveryKey(TestKeys.RECOVERY_KEY)).close();
        assertEquals(Vault.State.LOCKED, Vault.state(dir), "opening it writes no empty slots");
        try (Database db = Database.open(dir, Vault.recoveryKey(TestKeys.RECOVERY_KEY))) {
            new AccountService(db, new Audit(db, TestServices.CLOCK), TestServices.CLOCK, FEW)
                    .resetWithRecoveryKey(TestKeys.RECOVERY_KEY, "admin", GOOD, GOOD);
        }
        signedIn("admin", GOOD, a -> a.login("admin", GOOD));
        // the database file lost, its slots still there: refused, and no empty database made in its place
        Path file = Database.fileIn(dir).resolveSibling("console.mv.db");
        java.nio.file.Files.move(file, dir.resolve("elsewhere.mv.db"));
        assertEquals("error.databaseMissing", assertThrows(ConsoleException.class,
                () -> Vault.open(dir, "admin", GOOD)).key());
        assertTrue(java.nio.file.Files.notExists(file));
        java.nio.file.Files.move(dir.resolve("elsewhere.mv.db"), file);
        assertEquals("error.recoveryKey.format", assertThrows(ConsoleException.class,
                () -> Vault.recoveryKey("1234")).key());
        assertEquals("error.databaseKey", assertThrows(ConsoleException.class, () -> Database.open(dir,
                Vault.recoveryKey("0000-0000-0000-0000-0000-0000-0000-0000"))).key(), "another key opens nothing");
    }

    @Test
    void afterARestoreTheBackupsPasswordSignsInAndItsSlotIsMadeAgain() {
        try (Database db = TestKeys.open(dir)) {
            AccountService a = new AccountService(db, new Audit(db, TestServices.CLOCK), TestServices.CLOCK, FEW);
            a.createFirstAdministrator("admin", "管理员", GOOD, GOOD);
        }
        // as a restore does: the database's password hash is the old one, the slot has the newer password
        signedIn("admin", GOOD, a -> a.changeOwnPassword(a.login("admin", GOOD), GOOD, NEWER, NEWER));
        try (Database db = Vault.open(dir, "admin", NEWER)) {
            db.transaction(d -> d.execute("UPDATE ACCOUNT SET PASSWORD_HASH = ? WHERE USERNAME = 'admin'",
                    org.dianmifeng.console.core.Passwords.hash(GOOD, FEW)));
            AccountService a = new AccountService(db, new Audit(db, TestServices.CLOCK), TestServices.CLOCK, FEW);
            assertThrows(ConsoleException.class, () -> a.login("admin", NEWER), "the slot's password is not taken");
            a.login("admin", GOOD);
        }
        signedIn("admin", GOOD, a -> a.login("admin", GOOD));
        refused("admin", NEWER);
    }
}
