package org.dianmifeng.console.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key slots of a data folder ({@code data/console.keys}): the database's {@link DataKey}, wrapped (AES-GCM) once
 * for each account by a key derived from that account's password (PBKDF2-HMAC-SHA256, its own salt), as disk
 * encryption and password managers keep theirs. Any valid password opens the database; a new password or an
 * administrator's reset wraps the key again; the file holds nothing in clear but user names and salts. A slot made
 * when an older console's unencrypted database was encrypted is wrapped by the account's stored password hash
 * ({@link Slot#upgraded}): it is replaced by a fresh one at that account's next sign-in.
 *
 * <p>Every change is written to a new file that then replaces the old one, so a crash leaves the old or the new
 * slots, never half of them.
 */
public final class KeySlots {
    static final String FILE_NAME = "console.keys";
    private static final String FORMAT = "1";
    private static final int SALT_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final List<Slot> slots = new ArrayList<>();
    private boolean recoveryShown;
    private boolean demo;

    /** One account's wrapped key. {@code upgraded}: wrapped by the stored password hash at an encryption upgrade. */
    record Slot(String username, int iterations, byte[] salt, byte[] iv, byte[] wrapped, boolean upgraded) {
    }

    private KeySlots(Path file) {
        this.file = file;
    }

    /** The key slots of a data folder, as its file holds them now (none if there is no file). */
    public static KeySlots of(Path dataDir) {
        KeySlots k = new KeySlots(fileIn(dataDir));
        k.load();
        return k;
    }

    public static Path fileIn(Path dataDir) {
        return Database.fileIn(dataDir).resolveSibling(FILE_NAME);
    }

    public boolean exists() {
        return Files.exists(file);
    }

    public synchronized boolean isEmpty() {
        return slots.isEmpty();
    }

    public synchronized boolean has(String username) {
        return slots.stream().anyMatch(s -> s.username().equalsIgnoreCase(username));
    }

    /** Whether the account has exactly one slot, made from its password (not an upgrade's): nothing to tidy. */
    synchronized boolean isTidy(String username) {
        List<Slot> own = slots.stream().filter(s -> s.username().equalsIgnoreCase(username)).toList();
        return own.size() == 1 && !own.get(0).upgraded();
    }

    /** The database key, if the password opens one of the account's slots. */
    public synchronized Optional<DataKey> open(String username, char[] password) {
        for (Slot s : slots) {
            if (s.username().equalsIgnoreCase(username)) {
                byte[] kek = Passwords.derive(password, s.salt(), s.iterations());
                Optional<DataKey> key = unwrap(s, kek);
                if (key.isPresent()) {
                    return key;
                }
            }
        }
        return Optional.empty();
    }

    /** Replaces the account's slots by one wrapped with this password. */
    public synchronized void replace(String username, char[] password, DataKey key, int iterations) {
        byte[] salt = random(SALT_BYTES);
        Slot fresh = wrap(username, Passwords.derive(password, salt, iterations), salt, iterations, key, false);
        slots.removeIf(s -> s.username().equalsIgnoreCase(username));
        slots.add(fresh);
        save();
    }

    /**
     * Adds a slot beside the account's others, for a password set in a transaction not yet committed: once it has,
     * {@link #keepOnly} drops the others; if it failed, {@link #discard} drops this one.
     */
    synchronized Slot add(String username, char[] password, DataKey key, int iterations) {
        byte[] salt = random(SALT_BYTES);
        Slot slot = wrap(username, Passwords.derive(password, salt, iterations), salt, iterations, key, false);
        slots.add(slot);
        save();
        return slot;
    }

    synchronized void keepOnly(Slot slot) {
        if (slots.removeIf(s -> s != slot && s.username().equalsIgnoreCase(slot.username()))) {
            save();
        }
    }

    synchronized void discard(Slot slot) {
        if (slots.removeIf(s -> s == slot)) {
            save();
        }
    }

    /**
     * Slots for accounts whose passwords are known only by their stored hashes (an encryption upgrade): each wrapped
     * by the hash itself, which the password derives again at sign-in. Accounts whose hash is not one of ours get
     * none (their password must be reset).
     */
    synchronized void addFromHashes(java.util.Map<String, String> hashes, DataKey key) {
        if (hashes.isEmpty()) {
            return;
        }
        hashes.forEach((username, stored) -> Passwords.parse(stored).ifPresent(h ->
                slots.add(wrap(username, h.hash(), h.salt(), h.iterations(), key, true))));
        save();
    }

    public synchronized void remove(String username) {
        if (slots.removeIf(s -> s.username().equalsIgnoreCase(username))) {
            save();
        }
    }

    public synchronized boolean recoveryShown() {
        return recoveryShown;
    }

    public synchronized void setRecoveryShown() {
        recoveryShown = true;
        save();
    }

    /** Whether the folder holds the demo database (the sign-in screen then shows its accounts). */
    public synchronized boolean demo() {
        return demo;
    }

    public synchronized void setDemo() {
        demo = true;
        save();
    }

    /** Writes the slots as they are now (a new, empty file for a new database). */
    public synchronized void save() {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("recoveryShown", Boolean.toString(recoveryShown));
        p.setProperty("demo", Boolean.toString(demo));
        Base64.Encoder b64 = Base64.getEncoder();
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            String k = "slot." + (i + 1) + ".";
            p.setProperty(k + "user", s.username());
            p.setProperty(k + "kdf", "pbkdf2-sha256$" + s.iterations() + "$" + b64.encodeToString(s.salt()));
            p.setProperty(k + "wrapped", b64.encodeToString(s.iv()) + "$" + b64.encodeToString(s.wrapped()));
            p.setProperty(k + "kind", s.upgraded() ? "upgrade" : "password");
        }
        Path part = file.resolveSibling(FILE_NAME + ".part");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(part)) {
                p.store(out, "Bee Console: the database key, wrapped by each account's password. Nothing here is in clear.");
            }
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Trees.ownerOnly(part);
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ConsoleException("error.keys.write", e, file, e.getMessage());
        }
    }

    /** Copies the slots to another folder (the backups'), so that a backup can be opened with a password there. */
    void copyTo(Path folder) throws IOException {
        if (exists()) {
            Path copy = folder.resolve(FILE_NAME);
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            Trees.ownerOnly(copy);
        }
    }

    /**
     * Takes the copy of the key slots kept in a backup folder when the data folder has none (its database was lost
     * and is restored from that folder); nothing otherwise.
     */
    public static void adoptFrom(Path backupFolder, Path dataDir) {
        Path copy = backupFolder.resolve(FILE_NAME);
        Path file = fileIn(dataDir);
        if (Files.exists(file) || !Files.isRegularFile(copy)) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.copy(copy, file);
            Trees.ownerOnly(file);
        } catch (IOException e) {
            throw new ConsoleException("error.keys.write", e, file, e.getMessage());
        }
    }

    private void load() {
        slots.clear();
        if (!Files.exists(file)) {
            return;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(in);
            Base64.Decoder b64 = Base64.getDecoder();
            recoveryShown = Boolean.parseBoolean(p.getProperty("recoveryShown"));
            demo = Boolean.parseBoolean(p.getProperty("demo"));
            for (int i = 1; p.containsKey("slot." + i + ".user"); i++) {
                String k = "slot." + i + ".";
                String[] kdf = p.getProperty(k + "kdf", "").split("\\$");
                String[] wrapped = p.getProperty(k + "wrapped", "").split("\\$");
                slots.add(new Slot(p.getProperty(k + "user"), Integer.parseInt(kdf[1]), b64.decode(kdf[2]),
                        b64.decode(wrapped[0]), b64.decode(wrapped[1]), "upgrade".equals(p.getProperty(k + "kind"))));
            }
        } catch (IOException | RuntimeException e) {
            throw new ConsoleException("error.keys.read", e, file);
        }
    }

    private static Slot wrap(String username, byte[] kek, byte[] salt, int iterations, DataKey key, boolean upgraded) {
        byte[] iv = random(IV_BYTES);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, iv));
            c.updateAAD(username.getBytes(StandardCharsets.UTF_8));
            return new Slot(username, iterations, salt, iv, c.doFinal(key.bytes()), upgraded);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static Optional<DataKey> unwrap(Slot s, byte[] kek) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, s.iv()));
            c.updateAAD(s.username().getBytes(StandardCharsets.UTF_8));
            return Optional.of(DataKey.of(c.doFinal(s.wrapped())));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
