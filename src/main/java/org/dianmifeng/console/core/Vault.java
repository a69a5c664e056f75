package org.dianmifeng.console.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The way into a data folder's encrypted database, before anyone is signed in: a new folder gets a new random key;
 * an existing database opens only with the key that an account's password unwraps from its {@link KeySlots}, or with
 * the recovery key; an older console's unencrypted database is encrypted first.
 */
public final class Vault {
    private Vault() {
    }

    /** What the data folder holds, as far as getting in is concerned. */
    public enum State {
        /** No database yet, or one whose first start made no account: the first start begins (again). */
        NEW,
        /** An encrypted database: a sign-in (or the recovery key) opens it. */
        LOCKED,
        /** An older console's unencrypted database: {@link Database#encryptPlain} encrypts it before the sign-in. */
        PLAIN
    }

    public static State state(Path dataDir) {
        KeySlots slots = KeySlots.of(dataDir);
        if (slots.exists()) {
            return slots.isEmpty() ? State.NEW : State.LOCKED;
        }
        if (!Database.existsIn(dataDir)
                || Files.exists(Database.fileIn(dataDir).resolveSibling(Database.CREATING))) {
            return State.NEW;
        }
        // no key slots: an older console's database, or an encrypted one whose slots were lost (recovery key only)
        return Database.isPlain(dataDir) ? State.PLAIN : State.LOCKED;
    }

    /** A new database with a new random key (what a first start that made no account left is deleted first). */
    public static Database create(Path dataDir, Clock clock) {
        if (Database.existsIn(dataDir) || KeySlots.of(dataDir).exists()) {
            Database.startOver(dataDir);
        }
        return Database.open(dataDir, DataKey.random(), Database.MIGRATIONS, clock);
    }

    /**
     * Opens the database with the key the account's password unwraps. A wrong password (or an unknown name) gets the
     * same refusal as a failed sign-in.
     */
    public static Database open(Path dataDir, String username, char[] password) {
        return openExisting(dataDir, key(dataDir, username, password));
    }

    /**
     * Opens the database that the folder's key slots belong to with its key; never makes a new one in place of a
     * lost file (refused, saying to restore the newest backup).
     */
    public static Database openExisting(Path dataDir, DataKey key) {
        if (!Database.existsIn(dataDir)) {
            throw new ConsoleException("error.databaseMissing", Database.fileIn(dataDir).getParent());
        }
        return Database.open(dataDir, key);
    }

    /** The key the account's password unwraps from the folder's slots; refused as a failed sign-in. */
    public static DataKey key(Path dataDir, String username, char[] password) {
        String name = Texts.clean(username);
        if (name == null || password == null || password.length == 0) {
            throw new ConsoleException("error.login.failed");
        }
        KeySlots slots = KeySlots.of(dataDir);
        if (!slots.exists()) {
            throw new ConsoleException("error.keys.missing", KeySlots.fileIn(dataDir));
        }
        return slots.open(name, password).orElseThrow(() -> new ConsoleException("error.login.failed"));
    }

    /** The key a recovery key stands for, as a person typed it; refused naming the format if it cannot be one. */
    public static DataKey recoveryKey(String typed) {
        return DataKey.fromRecoveryKey(typed).orElseThrow(() -> new ConsoleException("error.recoveryKey.format"));
    }
}
