package org.dianmifeng.console.core;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes with a per-user random salt, stored as
 * {@code pbkdf2-sha256$iterations$salt$hash} so that the iteration count can be raised later.
 */
public final class Passwords {
    public static final int ITERATIONS = 600_000;
    public static final int MIN_LENGTH = 10;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    public static String hash(char[] password) {
        return hash(password, ITERATIONS);
    }

    /** With a given iteration count: only tests and the sample data use fewer than {@link #ITERATIONS}. */
    public static String hash(char[] password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    public static boolean matches(char[] password, String stored) {
        return parse(stored).map(s -> MessageDigest.isEqual(s.hash(), derive(password, s.salt(), s.iterations())))
                .orElse(false);
    }

    /** A stored hash taken apart: its iteration count, salt and hash; empty if it is not one of ours. */
    static Optional<Stored> parse(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            return Optional.of(new Stored(Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    record Stored(int iterations, byte[] salt, byte[] hash) {
    }

    public static int iterationsOf(String stored) {
        return parse(stored).orElseThrow().iterations();
    }

    static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            try {
                return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }
}
