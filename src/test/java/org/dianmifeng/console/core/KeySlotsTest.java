package org.dianmifeng.console.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key slots of a data folder and the recovery key, without a database. */
class KeySlotsTest {
    private static final int FAST = 1_000;
    @TempDir Path dir;

    @Test
    void aPasswordOpensOnlyItsOwnAccountsSlotAndTheFileHoldsNoKeyInClear() throws Exception {
        DataKey key = DataKey.random();
        KeySlots slots = KeySlots.of(dir);
        slots.replace("admin", "password-one".toCharArray(), key, FAST);
        slots.replace("office", "password-two".toCharArray(), key, FAST);

        KeySlots read = KeySlots.of(dir);
        assertEquals(Optional.of(key), read.open("admin", "password-one".toCharArray()));
        assertEquals(Optional.of(key), read.open("ADMIN", "password-one".toCharArray()), "names as sign-in takes them");
        assertEquals(Optional.of(key), read.open("office", "password-two".toCharArray()));
        assertEquals(Optional.empty(), read.open("admin", "password-two".toCharArray()), "another account's password");
        assertEquals(Optional.empty(), read.open("admin", "password-onE".toCharArray()));
        assertEquals(Optional.empty(), read.open("nobody", "password-one".toCharArray()));

        String file = Files.readString(KeySlots.fileIn(dir), StandardCharsets.ISO_8859_1);
        assertFalse(file.contains(key.recoveryKey().replace("-", "")), "the key is not written as text");
        assertFalse(file.contains(java.util.Base64.getEncoder().encodeToString(key.bytes())), "nor as base64");
        assertFalse(file.contains("password-one"));
    }

    @Test
    void aNewPasswordReplacesTheOldOneAndAFailedChangeKeepsIt() {
        DataKey key = DataKey.random();
        KeySlots.of(dir).replace("admin", "old-password".toCharArray(), key, FAST);
        Keyring keyring = new Keyring(KeySlots.of(dir), key);

        assertThrows(IllegalStateException.class, () -> keyring.withPassword("admin", "new-password".toCharArray(),
                FAST, () -> {
                    throw new IllegalStateException("the transaction failed");
                }));
        assertTrue(KeySlots.of(dir).open("admin", "old-password".toCharArray()).isPresent(), "a failed change keeps it");
        assertFalse(KeySlots.of(dir).open("admin", "new-password".toCharArray()).isPresent());
        assertTrue(keyring.isTidy("admin"));

        keyring.withPassword("admin", "new-password".toCharArray(), FAST, () -> null);
        assertEquals(Optional.of(key), KeySlots.of(dir).open("admin", "new-password".toCharArray()));
        assertFalse(KeySlots.of(dir).open("admin", "old-password".toCharArray()).isPresent(), "the old one is gone");
        assertTrue(keyring.isTidy("admin"));
    }

    @Test
    void anUpgradeSlotIsOpenedByThePasswordOfTheStoredHashAndIsNotTidy() {
        DataKey key = DataKey.random();
        String hash = Passwords.hash("old-console-password".toCharArray(), FAST);
        KeySlots.of(dir).addFromHashes(Map.of("admin", hash, "broken", "not-a-hash"), key);
        KeySlots read = KeySlots.of(dir);
        assertEquals(Optional.of(key), read.open("admin", "old-console-password".toCharArray()));
        assertFalse(read.open("admin", "another".toCharArray()).isPresent());
        assertFalse(read.has("broken"), "a hash that is not ours gets no slot");
        assertFalse(read.isTidy("admin"), "replaced at the next sign-in");
    }

    @Test
    void theRecoveryKeyIsTheKeyAsPeopleReadAndTypeIt() {
        for (int i = 0; i < 200; i++) {
            DataKey key = DataKey.random();
            String text = key.recoveryKey();
            assertTrue(text.matches("([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}"), text);
            assertEquals(Optional.of(key), DataKey.fromRecoveryKey(text));
            assertEquals(Optional.of(key), DataKey.fromRecoveryKey(" " + text.toLowerCase().replace("-", " ") + " "));
            assertEquals(Optional.of(key), DataKey.fromRecoveryKey(text.replace('0', 'O').replace('1', 'I')),
                    "O read as 0, I as 1");
        }
        DataKey key = DataKey.random();
        String text = key.recoveryKey();
        assertEquals(Optional.empty(), DataKey.fromRecoveryKey(text.substring(1)), "one character short");
        assertEquals(Optional.empty(), DataKey.fromRecoveryKey(text.replace(text.charAt(0), 'U')), "U is no digit");
        assertEquals(Optional.empty(), DataKey.fromRecoveryKey(null));
        String other = (text.charAt(0) == '7' ? '8' : '7') + text.substring(1);
        assertNotEquals(Optional.of(key), DataKey.fromRecoveryKey(other));
        assertFalse(key.toString().contains(text.substring(0, 4)), "toString hides the key");
    }
}
