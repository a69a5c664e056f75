package org.dianmifeng.console.core;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Where the backups of a data folder go and how many are kept. Kept in a file of the data folder
 * ({@code backup.properties}), not in the database, so that a damaged or not yet upgraded database still finds
 * its backups. {@code folder} null means the default, {@code backups} inside the data folder.
 */
public record BackupSettings(Path folder, BackupRotation rotation) {
    static final String FILE = "backup.properties";

    /** The settings of a data folder; the defaults where the file is missing or unreadable. */
    public static BackupSettings load(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                return new BackupSettings(null, BackupRotation.DEFAULT);
            }
        }
        String folder = p.getProperty("folder", "").strip();
        BackupRotation rotation;
        try {
            rotation = new BackupRotation(
                    Integer.parseInt(p.getProperty("keep.daily", String.valueOf(BackupRotation.DEFAULT.daily()))),
                    Integer.parseInt(p.getProperty("keep.weekly", String.valueOf(BackupRotation.DEFAULT.weekly()))),
                    Integer.parseInt(p.getProperty("keep.monthly", String.valueOf(BackupRotation.DEFAULT.monthly()))));
        } catch (IllegalArgumentException e) {
            rotation = BackupRotation.DEFAULT;
        }
        return new BackupSettings(folder.isEmpty() ? null : Path.of(folder), rotation);
    }

    /** The folder the backups go to: the chosen one, or {@code backups} inside the data folder. */
    public Path folderIn(Path dataDir) {
        return folder == null ? dataDir.resolve("backups") : folder;
    }

    /** Writes the settings into the data folder, replacing the file whole. */
    public void save(Path dataDir) {
        Properties p = new Properties();
        p.setProperty("folder", folder == null ? "" : folder.toString());
        p.setProperty("keep.daily", String.valueOf(rotation.daily()));
        p.setProperty("keep.weekly", String.valueOf(rotation.weekly()));
        p.setProperty("keep.monthly", String.valueOf(rotation.monthly()));
        try {
            Files.createDirectories(dataDir);
            Path tmp = Files.createTempFile(dataDir, FILE, ".part");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Bee Console backups");
            }
            Files.move(tmp, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
