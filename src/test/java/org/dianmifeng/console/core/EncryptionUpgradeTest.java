package org.dianmifeng.console.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.dianmifeng.console.testing.TestServices;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An older console's unencrypted database and its backups are encrypted at the first open of this one. */
class EncryptionUpgradeTest {
    private static final String SECRET_ID = "320281199001011234";
    private static final char[] PASSWORD = "old-console-password".toCharArray();
    @TempDir Path dir;

    /** What the console before encryption left: a database without a key, two accounts, a person, a backup. */
    private void olderConsolesFolder() throws SQLException {
        String url = "jdbc:h2:file:" + Database.fileIn(dir).toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (String name : List.of("admin", "office")) {
                s.execute("INSERT INTO ACCOUNT (USERNAME, DISPLAY_NAME, ROLE, PASSWORD_HASH, CREATED_AT) VALUES ('"
                        + name + "', '" + name + "', '" + (name.equals("admin") ? "ADMINISTRATOR" : "OFFICE_STAFF")
                        + "', '" + Passwords.hash(PASSWORD, 1_000) + "', CURRENT_TIMESTAMP)");
            }
            s.execute("INSERT INTO UNIT (CODE, NAME, KIND) VALUES ('OLD', '旧公司', 'CITY')");
            s.execute("INSERT INTO SETTING (NAME, VAL) VALUES ('secret', '" + SECRET_ID + "')");
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        ds.setPassword("");
        assertTrue(new Backups(dir, null).write(ds, BackupReason.MANUAL, TestServices.CLOCK, Progress.NONE).verified());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    private static boolean holds(Path file, String text) throws Exception {
        return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
    }

    @Test
    void theDatabaseAndItsBackupsAreEncryptedAfterABackupAndEveryPasswordStillOpensIt() throws Exception {
        olderConsolesFolder();
        Path file = Backups.mvFile(Database.fileIn(dir));
        assertTrue(holds(file, SECRET_ID), "the older file holds it in clear");
        assertEquals(Vault.State.PLAIN, Vault.state(dir));

        DataKey key;
        try (Database db = Database.encryptPlain(dir, TestServices.CLOCK)) {
            key = db.key();
            assertEquals("旧公司", db.read(d -> d.fetchValue("SELECT NAME FROM UNIT WHERE CODE = 'OLD'")));
        }
        assertEquals(Vault.State.LOCKED, Vault.state(dir));
        assertFalse(holds(file, SECRET_ID), "encrypted: " + file);
        assertThrows(SQLException.class, () -> DriverManager.getConnection("jdbc:h2:file:"
                + Database.fileIn(dir).toAbsolutePath() + ";IFEXISTS=TRUE", "sa", "").close(), "no key, no data");

        List<BackupInfo> backups = new Backups(dir).list();
        assertEquals(2, backups.size(), "the older one and the one before the encryption: " + backups);
        assertTrue(backups.stream().anyMatch(b -> b.reason() == BackupReason.BEFORE_ENCRYPTION));
        try (var files = Files.list(new Backups(dir).folder())) {
            for (Path p : files.toList()) {
                assertFalse(p.getFileName().toString().endsWith(".zip"), "no unencrypted backup is left: " + p);
                assertFalse(holds(p, SECRET_ID), p.toString());
            }
        }
        for (BackupInfo b : backups) {
            assertEquals(BackupResult.VERIFIED, new Backups(dir, key).verify(b).result(), "it still loads: " + b);
        }

        // each account's old password opens it; its first sign-in replaces the slot made from the stored hash, also
        // where the sign-in knows the slot just opened with the password (the window's, which derives it only once)
        for (String name : List.of("admin", "office")) {
            assertFalse(KeySlots.of(dir).isTidy(name));
            try (Database db = Vault.open(dir, name, PASSWORD)) {
                assertEquals(key, db.key());
                var accounts = new org.dianmifeng.console.account.AccountService(db, new Audit(db, TestServices.CLOCK),
                        TestServices.CLOCK, 1_000);
                if (name.equals("admin")) {
                    accounts.loginAfterUnwrap(name, PASSWORD);
                } else {
                    accounts.login(name, PASSWORD);
                }
            }
            assertTrue(KeySlots.of(dir).isTidy(name), name);
            assertEquals(key, KeySlots.of(dir).open(name, PASSWORD).orElseThrow());
        }
    }

    @Test
    void anEncryptionWhoseKeyWasNeverSavedIsDoneAgainFromTheUnencryptedFile() throws Exception {
        olderConsolesFolder();
        // a crash after the encrypted copy was staged and marked ready, before the slots were written
        Backups plain = new Backups(dir, DataKey.random());
        plain.stage(new Backups(dir).list().get(0).file());
        plain.markReady(new Backups(dir).list().get(0).file());
        assertEquals(Vault.State.PLAIN, Vault.state(dir), "no slots: the unencrypted file is still the one");
        try (Database db = Database.encryptPlain(dir, TestServices.CLOCK)) {
            assertEquals(SECRET_ID, db.read(d -> d.fetchValue("SELECT VAL FROM SETTING WHERE NAME = 'secret'")));
        }
        try (Database db = Vault.open(dir, "admin", PASSWORD)) {
            assertEquals(1, (int) db.read(d -> d.fetchCount(d.selectFrom("UNIT"))));
        }
    }

    @Test
    void aBackupThatFailsToLoadNeverWritesTheKeyIntoAMessageRecordOrLog() throws Exception {
        DataKey key = org.dianmifeng.console.testing.TestKeys.KEY;
        BackupInfo made;
        try (Database db = org.dianmifeng.console.testing.TestKeys.open(dir)) {
            made = new Backups(dir, key).write(db.dataSource(), BackupReason.MANUAL, TestServices.CLOCK, Progress.NONE);
        }
        byte[] bytes = Files.readAllBytes(made.file());
        for (int i = bytes.length / 3; i < bytes.length; i++) {
            bytes[i] ^= 0x5a;
        }
        Files.write(made.file(), bytes);
        ConsoleException e = assertThrows(ConsoleException.class, () -> new Backups(dir, key).stage(made.file()));
        String secret = key.scriptPassword();
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(secret), "the key in " + t);
        }
        assertEquals(BackupResult.FAILED, new Backups(dir, key).verify(made).result());
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(holds(f, secret), "the key in " + f);
            }
        }
    }
}
