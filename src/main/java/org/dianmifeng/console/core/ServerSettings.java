package org.dianmifeng.console.core;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The company database server a data folder connects to, kept in that folder ({@code server.properties}): the JDBC
 * address, the server role, and its password encrypted (AES-GCM) with a random key of this PC's user
 * ({@code server.secret}, 32 bytes). Both files are readable and writable by their owner only and are replaced whole
 * (written beside, then moved), so a crash leaves the old settings or the new ones.
 *
 * <p>Why a key of the operating-system user and not the data key's slots ({@link KeySlots}): the server's password is
 * needed before anyone signs in, since the console accounts live on the server; wrapping it by account passwords
 * would make every new user of the PC type the server's password first. What the separate key gives: the settings
 * file alone (copied, mailed to support, opened on screen) holds no password in clear, nor does the log; what it does
 * not: whoever can read this user's files reads both and has the server role's password (README, "the trust model":
 * that is why the consoles' role may read and write rows, and nothing more).
 */
public final class ServerSettings {
    static final String FILE_NAME = "server.properties";
    static final String SECRET_NAME = "server.secret";
    private static final int SECRET_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ServerSettings() {
    }

    /** The settings file of a data folder. */
    public static Path fileIn(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** Whether the data folder connects to a server (else it uses its embedded database). */
    public static boolean exists(Path dataDir) {
        return Files.isRegularFile(fileIn(dataDir));
    }

    /** The server login kept in the data folder, if it has one; refused naming the file if it cannot be read. */
    public static Optional<ServerLogin> load(Path dataDir) {
        Path file = fileIn(dataDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            byte[] sealed = Base64.getDecoder().decode(p.getProperty("password", ""));
            return Optional.of(new ServerLogin(p.getProperty("url", ""), p.getProperty("user", ""),
                    open(sealed, secret(dataDir, false))));
        } catch (IOException | IllegalArgumentException | GeneralSecurityException e) {
            throw new ConsoleException("error.server.settings", e, file);
        }
    }

    /** Keeps the server login in the data folder: the password encrypted, both files for their owner only. */
    public static void save(Path dataDir, ServerLogin login) {
        Path file = fileIn(dataDir);
        try {
            Files.createDirectories(dataDir);
            byte[] sealed = seal(login.password(), secret(dataDir, true));
            Properties p = new Properties();
            p.setProperty("url", login.url());
            p.setProperty("user", login.user());
            p.setProperty("password", Base64.getEncoder().encodeToString(sealed));
            Path part = file.resolveSibling(FILE_NAME + ".part");
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                p.store(out, "Bee Console: the company database server (the password is encrypted)");
            }
            Trees.ownerOnly(part);
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | GeneralSecurityException e) {
            throw new ConsoleException("error.server.settings", e, file);
        }
    }

    /** Back to the embedded database: the settings and their key are deleted. */
    public static void forget(Path dataDir) {
        try {
            Files.deleteIfExists(fileIn(dataDir));
            Files.deleteIfExists(dataDir.resolve(SECRET_NAME));
        } catch (IOException e) {
            throw new ConsoleException("error.server.settings", e, fileIn(dataDir));
        }
    }

    /** This user's key for the data folder: made (owner-only) at the first save. */
    private static byte[] secret(Path dataDir, boolean make) throws IOException {
        Path file = dataDir.resolve(SECRET_NAME);
        if (Files.isRegularFile(file)) {
            byte[] key = Files.readAllBytes(file);
            if (key.length != SECRET_BYTES) {
                throw new IOException(file + " is not a key of " + SECRET_BYTES + " bytes");
            }
            return key;
        }
        if (!make) {
            throw new IOException(file + " is missing");
        }
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        Path part = file.resolveSibling(SECRET_NAME + ".part");
        Files.write(part, new byte[0]);
        Trees.ownerOnly(part);
        Files.write(part, key);
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    private static byte[] seal(char[] password, byte[] key) throws GeneralSecurityException {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        ByteBuffer plain = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = Arrays.copyOf(plain.array(), plain.limit());
        try {
            byte[] sealed = c.doFinal(bytes);
            byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return out;
        } finally {
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(plain.array(), (byte) 0);
        }
    }

    private static char[] open(byte[] sealed, byte[] key) throws GeneralSecurityException {
        if (sealed.length <= IV_BYTES) {
            throw new GeneralSecurityException("no password");
        }
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                new GCMParameterSpec(128, sealed, 0, IV_BYTES));
        byte[] bytes = c.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        try {
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
            char[] out = Arrays.copyOf(chars.array(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return out;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
