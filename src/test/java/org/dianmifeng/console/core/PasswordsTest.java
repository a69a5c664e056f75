package org.dianmifeng.console.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordsTest {
    @Test
    void hashesWithSaltAndTheRequiredIterations() {
        String a = Passwords.hash("correct horse".toCharArray());
        String b = Passwords.hash("correct horse".toCharArray());
        assertNotEquals(a, b, "each hash has its own salt");
        assertEquals(600_000, Passwords.iterationsOf(a));
        assertTrue(a.startsWith("pbkdf2-sha256$600000$"));
        assertTrue(Passwords.matches("correct horse".toCharArray(), a));
        assertFalse(Passwords.matches("correct horsE".toCharArray(), a));
    }
}
