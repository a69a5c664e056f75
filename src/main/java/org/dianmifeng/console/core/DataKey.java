package org.dianmifeng.console.core;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The random key the database file and its backups are encrypted with (H2's AES file encryption). It is never stored
 * as it is: the data folder keeps it only wrapped by each account's password ({@link KeySlots}). Written as text it is
 * the recovery key, shown once to the first administrator for the office safe: 32 letters and digits in 8 groups,
 * 160 random bits.
 */
public final class DataKey {
    /** Crockford's base32: no I, L, O or U, so that what is read off paper is typed back right. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;

    private DataKey(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public static DataKey random() {
        byte[] b = new byte[BYTES];
        RANDOM.nextBytes(b);
        return new DataKey(b);
    }

    static DataKey of(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a data key has " + BYTES + " bytes");
        }
        return new DataKey(bytes);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The key read back from a recovery key as a person typed it: case, spaces and hyphens do not matter, and the
     * letters people confuse (O for 0, I and L for 1) are read as the digits. Empty if it is not 32 such characters.
     */
    public static Optional<DataKey> fromRecoveryKey(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (s.length() != BYTES * 8 / 5) {
            return Optional.empty();
        }
        byte[] out = new byte[BYTES];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (char c : s.toCharArray()) {
            int v = ALPHABET.indexOf(c);
            if (v < 0) {
                return Optional.empty();
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out[n++] = (byte) (buffer >> bits);
                buffer &= (1 << bits) - 1;
            }
        }
        return Optional.of(new DataKey(out));
    }

    /** The recovery key: the key as 8 groups of 4 characters, e.g. {@code 7K2M-…}. */
    public String recoveryKey() {
        StringBuilder sb = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                if (sb.length() % 5 == 4) {
                    sb.append('-');
                }
                sb.append(ALPHABET.charAt((buffer >> bits) & 31));
                buffer &= (1 << bits) - 1;
            }
        }
        return sb.toString();
    }

    /** The password H2 opens the file with: the file password, a space, and the (empty) user password. */
    String h2Password() {
        return recoveryKey().replace("-", "") + " ";
    }

    /** The password of an encrypted backup script. */
    String scriptPassword() {
        return recoveryKey().replace("-", "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataKey k && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Never the key itself: a key written into a log by mistake gives nothing away. */
    @Override
    public String toString() {
        return "DataKey[hidden]";
    }
}
