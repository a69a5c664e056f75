package org.dianmifeng.console.core;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups of one data folder. A backup is one portable file: H2's {@code SCRIPT} of the whole database,
 * ZIP-compressed ({@code bee-console-YYYYMMDD-HHMMSS-reason.zip}), which any H2 version can load again. Beside it a
 * {@code .properties} file records when and why it was made, the rows of every table at that moment and the result
 * of its check: every backup is loaded into a scratch database after it is written and its rows counted against the
 * live counts. Restoring loads a backup into a new database file and only then puts that file in place of the old
 * one, so that a failure at any point leaves one whole database. No permission is checked here: see
 * {@link BackupService}.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final String PREFIX = "bee-console-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX)
            + "(\\d{8}-\\d{6})-([a-z-]+?)(-\\d+)?\\.(backup|zip)");
    /** An encrypted backup: H2's script, deflated and encrypted with the database's key. */
    static final String ENCRYPTED = ".backup";
    /** An older console's backup: the script ZIP-compressed, not encrypted; encrypted at the next open. */
    static final String LEGACY = ".zip";
    private static final String TABLE_PREFIX = "table.";
    /** The folder, inside the database's folder, where a restore builds the new database file. */
    static final String STAGING = "restoring";
    /** Written into the staging folder when the new database file is complete and checked. */
    static final String READY = "READY";

    private final Path dataDir;
    private final DataKey key;

    /** The backups of a data folder, to list them: reading one needs {@link #Backups(Path, DataKey)}. */
    public Backups(Path dataDir) {
        this(dataDir, null);
    }

    /**
     * The backups of a data folder whose database is encrypted with {@code key}; null: an older console's
     * unencrypted database, backed up unencrypted once more before it is encrypted.
     */
    public Backups(Path dataDir, DataKey key) {
        this.dataDir = dataDir.toAbsolutePath();
        this.key = key;
    }

    public Path dataDir() {
        return dataDir;
    }

    public BackupSettings settings() {
        return BackupSettings.load(dataDir);
    }

    public Path folder() {
        return settings().folderIn(dataDir);
    }

    /** The backups in the backup folder, newest first. */
    public List<BackupInfo> list() {
        Path folder = folder();
        List<BackupInfo> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*.{backup,zip}")) {
            for (Path f : files) {
                info(f).ifPresent(found::add);
            }
        } catch (IOException e) {
            throw new ConsoleException("error.backup.folder", e, folder, reason(e));
        }
        found.sort(Comparator.comparing(BackupInfo::takenAt).thenComparing(BackupInfo::fileName).reversed());
        return found;
    }

    /** The newest backup whose check found every row, if any. */
    public Optional<BackupInfo> newestVerified() {
        try {
            return list().stream().filter(BackupInfo::verified).findFirst();
        } catch (ConsoleException e) {
            LOG.warn("Backup folder unreadable", e);
            return Optional.empty();
        }
    }

    /**
     * Writes a backup of the database behind {@code source} (consistent: the rows are counted and the script
     * written in one repeatable-read transaction), checks it, records the result beside it and applies the
     * rotation. A backup whose check fails is kept and reported as failed, never as made.
     */
    public BackupInfo write(DataSource source, BackupReason reason, Clock clock, Progress progress) {
        BackupInfo made = writeOnly(source, reason, clock, progress);
        rotate();
        return made;
    }

    /** {@link #write} without the rotation: before a restore, whose chosen backup must stay until it is loaded. */
    BackupInfo writeOnly(DataSource source, BackupReason reason, Clock clock, Progress progress) {
        Path folder = folder();
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Path file;
        Path part = null;
        Map<String, Long> counts;
        String schema;
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                Trees.ownerOnly(folder);
            }
            removeStaleParts(folder);
            file = freeName(folder, now, reason);
            part = folder.resolve("." + file.getFileName() + ".part");
            progress.update(0, 3);
            try (Connection c = source.getConnection()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                try {
                    counts = count(c);
                    schema = schemaVersion(c);
                    try (Statement s = c.createStatement()) {
                        s.execute("SCRIPT TO " + quote(part) + scriptFormat(file));
                    }
                } finally {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        } catch (IOException e) {
            deleteQuietly(part);
            throw new ConsoleException("error.backup.write", e, folder, reason(e));
        } catch (SQLException e) {
            deleteQuietly(part);
            if (Database.isCorruption(e)) {
                throw new ConsoleException("error.databaseDamaged.inUse", e);
            }
            throw new ConsoleException("error.backup.write", e, folder, reason(e));
        }
        progress.update(1, 3);
        BackupResult result;
        String detail = "";
        Path scratch = scratch();
        try {
            Map<String, Long> loaded = loadAndCount(part, scratch);
            result = loaded.equals(counts) ? BackupResult.VERIFIED : BackupResult.FAILED;
            if (result == BackupResult.FAILED) {
                detail = "rows differ: " + loaded + " / " + counts;
            }
        } catch (ConsoleException e) {
            result = BackupResult.FAILED;
            detail = e.getCause() == null ? e.key() : e.getCause().getClass().getSimpleName();
        } finally {
            deleteTree(scratch.getParent());
        }
        progress.update(2, 3);
        try {
            Trees.ownerOnly(part);
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            writeRecord(file, now, reason, result, counts, schema, detail);
            KeySlots.of(dataDir).copyTo(folder);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new ConsoleException("error.backup.write", e, folder, reason(e));
        }
        BackupInfo made = info(file).orElseThrow();
        LOG.info("Backup {} written: {} ({} rows){}", file, result, made.rows(), detail.isEmpty() ? "" : " " + detail);
        progress.update(3, 3);
        return made;
    }

    /**
     * Deletes what a backup killed while it was written left in the folder (a {@code .part} file holds personal data
     * too). Only parts an hour old: another console may be writing into a shared backup folder right now.
     */
    static void removeStaleParts(Path folder) throws IOException {
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "." + PREFIX + "*.part")) {
            for (Path p : parts) {
                if (Files.getLastModifiedTime(p).toMillis() < hourAgo) {
                    LOG.info("Deleting the part of a backup that was not finished: {}", p);
                    deleteQuietly(p);
                }
            }
        }
    }

    /** Checks a backup again: loads it into a scratch database and counts its rows against the record. */
    public BackupInfo verify(BackupInfo backup) {
        Properties record = record(backup.file());
        Map<String, Long> expected = tableCounts(record);
        BackupResult result;
        Path scratch = scratch();
        try {
            Map<String, Long> loaded = loadAndCount(backup.file(), scratch);
            result = expected.isEmpty() || loaded.equals(expected) ? BackupResult.VERIFIED : BackupResult.FAILED;
            if (expected.isEmpty()) {
                expected = loaded;
            }
        } catch (ConsoleException e) {
            result = BackupResult.FAILED;
        } finally {
            deleteTree(scratch.getParent());
        }
        try {
            writeRecord(backup.file(), backup.takenAt(), backup.reason(), result, expected,
                    record.getProperty("schema", backup.schemaVersion()), "");
        } catch (IOException e) {
            throw new ConsoleException("error.backup.write", e, backup.file().getParent(), reason(e));
        }
        return info(backup.file()).orElseThrow();
    }

    /** Deletes the backups that the rotation does not keep. */
    public void rotate() {
        List<BackupInfo> all = list();
        Set<BackupInfo> keep = settings().rotation().keep(all);
        for (BackupInfo b : all) {
            if (!keep.contains(b)) {
                LOG.info("Rotation deletes backup {}", b.file());
                deleteQuietly(b.file());
                deleteQuietly(recordOf(b.file()));
            }
        }
    }

    /**
     * Puts the database of a backup in place of the data folder's database, which must be closed: {@link #stage},
     * {@link #markReady} and {@link #finishRestore}. The replaced file is kept beside, renamed, when
     * {@code keepReplaced} (e.g. a damaged file that could not be backed up first), otherwise deleted.
     */
    public void restore(Path backup, boolean keepReplaced, Clock clock) {
        stage(backup);
        markReady(backup);
        finishRestore(dataDir, keepReplaced ? LocalDateTime.now(clock) : null);
        LOG.info("Restored {} from {}", dataDir, backup);
    }

    /**
     * Loads a backup into a new database file beside the live one (which may stay open meanwhile) and counts its
     * rows against its record: a backup that cannot be read, whose rows differ, or whose schema a newer console made
     * is refused, and nothing changes.
     * After {@link #markReady}, {@link #finishRestore} puts the new file in place, even after a crash.
     */
    public void stage(Path backup) {
        Path staging = Database.fileIn(dataDir).resolveSibling(STAGING);
        deleteTree(staging);
        Map<String, Long> loaded;
        try {
            Files.createDirectories(staging);
            loaded = loadAndCount(backup, staging.resolve(Database.FILE_NAME));
        } catch (IOException e) {
            deleteTree(staging);
            throw new ConsoleException("error.backup.unreadable", e, backup, reason(e));
        } catch (ConsoleException e) {
            deleteTree(staging);
            throw e;
        }
        Map<String, Long> expected = tableCounts(record(backup));
        if (!expected.isEmpty() && !expected.equals(loaded)) {
            deleteTree(staging);
            throw new ConsoleException("error.backup.rowsDiffer", backup);
        }
        try {
            Database.refuseNewer(staging.resolve(Database.FILE_NAME), key);
        } catch (ConsoleException e) {
            deleteTree(staging);
            throw e;
        }
    }

    /**
     * Marks the staged file as the one to put in place: from here on a crash does not undo the restore, the next
     * open finishes it. Called once the state it replaces is safe (backed up, or kept aside).
     */
    public void markReady(Path backup) {
        Path staging = Database.fileIn(dataDir).resolveSibling(STAGING);
        try {
            Files.writeString(staging.resolve(READY), backup.toString());
        } catch (IOException e) {
            deleteTree(staging);
            throw new ConsoleException("error.backup.restore", e, backup, reason(e));
        }
    }

    /** Throws away a staged restore that will not be finished. */
    public void unstage() {
        deleteTree(Database.fileIn(dataDir).resolveSibling(STAGING));
    }

    /**
     * Puts a staged database file in place of the live one (closed), or throws away a staging interrupted before it
     * was ready; at every open this completes a restore that a crash interrupted. True if a restore was completed.
     * {@code keepReplacedAt} non-null keeps the replaced file, renamed with that time.
     */
    public static boolean finishRestore(Path dataDir, LocalDateTime keepReplacedAt) {
        Path live = mvFile(Database.fileIn(dataDir));
        Path staging = live.resolveSibling(STAGING);
        if (!Files.isDirectory(staging)) {
            return false;
        }
        Path ready = mvFile(staging.resolve(Database.FILE_NAME));
        if (!Files.exists(staging.resolve(READY)) || !Files.exists(ready)) {
            deleteTree(staging);
            return false;
        }
        try {
            if (Files.exists(live)) {
                if (keepReplacedAt != null) {
                    Files.move(live, live.resolveSibling(Database.FILE_NAME + "-replaced-" + STAMP.format(keepReplacedAt)
                            + ".mv.db"), StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.delete(live);
                }
            }
            Files.move(ready, live, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(live.resolveSibling(Database.FILE_NAME + ".trace.db"));
        } catch (IOException e) {
            throw new ConsoleException("error.backup.restore", e, live, reason(e));
        }
        deleteTree(staging);
        return true;
    }

    /** A backup's record and name as a {@link BackupInfo}; empty for a file that is not a backup. */
    public Optional<BackupInfo> info(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties record = record(file);
        LocalDateTime taken;
        try {
            taken = LocalDateTime.parse(record.getProperty("taken", ""));
        } catch (DateTimeParseException e) {
            taken = LocalDateTime.parse(m.group(1), STAMP);
        }
        BackupReason reason = BackupReason.ofFileTag(record.getProperty("reason", m.group(2)));
        BackupResult result;
        try {
            result = BackupResult.valueOf(record.getProperty("result", BackupResult.UNCHECKED.name()));
        } catch (IllegalArgumentException e) {
            result = BackupResult.UNCHECKED;
        }
        long rows = tableCounts(record).values().stream().mapToLong(Long::longValue).sum();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new BackupInfo(file.toAbsolutePath(), taken, reason == null ? BackupReason.MANUAL : reason,
                size, result, rows, record.getProperty("schema", "")));
    }

    /**
     * Encrypts the backups an older console wrote unencrypted ({@code .zip}) in the backup folder: each is loaded
     * into a scratch database and written again encrypted under the same name ending {@code .backup}, keeping its
     * record; then the unencrypted file is deleted. Nothing if there are none.
     */
    void encryptLegacy(Clock clock) {
        Path folder = folder();
        if (key == null || !Files.isDirectory(folder)) {
            return;
        }
        List<Path> legacy = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + LEGACY)) {
            files.forEach(legacy::add);
        } catch (IOException | RuntimeException e) {
            // a backup folder that cannot be read never keeps the database from opening
            LOG.warn("The backup folder {} could not be read for unencrypted backups", folder, e);
            return;
        }
        for (Path zip : legacy) {
            String name = zip.getFileName().toString();
            Path encrypted = zip.resolveSibling(name.substring(0, name.length() - LEGACY.length()) + ENCRYPTED);
            Path part = folder.resolve("." + encrypted.getFileName() + ".part");
            Path scratch = scratch();
            try {
                loadAndCount(zip, scratch, c -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("SCRIPT TO " + quote(part) + scriptFormat(encrypted));
                    }
                });
                Trees.ownerOnly(part);
                Files.move(part, encrypted, StandardCopyOption.ATOMIC_MOVE);
                Files.delete(zip);
                LOG.info("Backup {} encrypted as {}", zip, encrypted);
            } catch (ConsoleException | IOException e) {
                deleteQuietly(part);
                LOG.warn("The unencrypted backup {} could not be encrypted; it stays as it is", zip, e);
            } finally {
                deleteTree(scratch.getParent());
            }
        }
    }

    /** The compression and encryption clause of a script, after its file's name. */
    private String scriptFormat(Path script) {
        if (script.getFileName().toString().replaceFirst("\\.part$", "").endsWith(LEGACY)) {
            return " COMPRESSION ZIP";
        }
        if (key == null) {
            throw new IllegalStateException("an encrypted backup needs the database's key: " + script);
        }
        // --hide--: H2 then leaves the statement, and so the key, out of its exceptions, logs and trace file
        return " COMPRESSION DEFLATE CIPHER AES PASSWORD '" + key.scriptPassword() + "' --hide--";
    }

    private Map<String, Long> loadAndCount(Path backup, Path dbFile) {
        return loadAndCount(backup, dbFile, c -> { });
    }

    /** Work on a freshly loaded backup before its file is closed. */
    private interface Loaded {
        void accept(Connection c) throws SQLException;
    }

    /**
     * Loads a backup into a new database file (encrypted with the key) and counts the rows of its tables; the file
     * is left closed.
     */
    private Map<String, Long> loadAndCount(Path backup, Path dbFile, Loaded then) {
        deleteQuietly(mvFile(dbFile));
        String url = "jdbc:h2:file:" + dbFile.toAbsolutePath() + ";WRITE_DELAY=0" + (key == null ? "" : ";CIPHER=AES");
        try (Connection c = DriverManager.getConnection(url, "sa", key == null ? "" : key.h2Password())) {
            try (Statement s = c.createStatement()) {
                s.execute("RUNSCRIPT FROM " + quote(backup) + scriptFormat(backup));
            }
            Map<String, Long> counts = count(c);
            then.accept(c);
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            if (counts.isEmpty()) {
                throw new SQLException("no tables in " + backup);
            }
            return counts;
        } catch (SQLException e) {
            deleteQuietly(mvFile(dbFile));
            throw new ConsoleException("error.backup.unreadable", e, backup, reason(e));
        }
    }

    /**
     * A scratch database file for checks, deleted before each use; inside the data folder, never in a shared temp,
     * in a folder named after this process so that a later start removes what a killed check left.
     */
    private Path scratch() {
        Path dir = dataDir.resolve("tmp").resolve(ProcessHandle.current().pid() + "-check");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = dir.resolve("check");
        deleteQuietly(mvFile(file));
        return file;
    }

    /** The rows of every table of the database's own schema, by table name. */
    static Map<String, Long> count(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String t : tables) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                rs.next();
                counts.put(t, rs.getLong(1));
            }
        }
        return counts;
    }

    /** The version of the newest migration applied to a database, or "" before any. */
    static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = '"
                        + Database.HISTORY + "'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return "";
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT \"version\" FROM \""
                + Database.HISTORY + "\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private Path freeName(Path folder, LocalDateTime at, BackupReason reason) {
        String base = PREFIX + STAMP.format(at) + "-" + reason.fileTag();
        String ending = key == null ? LEGACY : ENCRYPTED;
        Path file = folder.resolve(base + ending);
        for (int i = 2; Files.exists(file); i++) {
            file = folder.resolve(base + "-" + i + ending);
        }
        return file;
    }

    private static void writeRecord(Path file, LocalDateTime taken, BackupReason reason, BackupResult result,
                                    Map<String, Long> counts, String schema, String detail) throws IOException {
        Properties p = new Properties();
        p.setProperty("taken", taken.toString());
        p.setProperty("reason", reason.fileTag());
        p.setProperty("result", result.name());
        p.setProperty("schema", schema == null ? "" : schema);
        p.setProperty("console", String.valueOf(Backups.class.getPackage().getImplementationVersion()));
        p.setProperty("h2", org.h2.engine.Constants.FULL_VERSION);
        if (!detail.isEmpty()) {
            p.setProperty("detail", detail);
        }
        counts.forEach((t, n) -> p.setProperty(TABLE_PREFIX + t, String.valueOf(n)));
        Path record = recordOf(file);
        Path part = record.resolveSibling("." + record.getFileName() + ".part");
        try (Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            p.store(w, "Bee Console backup record");
        }
        Trees.ownerOnly(part);
        Files.move(part, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Properties record(Path file) {
        Properties p = new Properties();
        Path record = recordOf(file);
        if (Files.isRegularFile(record)) {
            try (Reader r = Files.newBufferedReader(record, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Unreadable backup record {}", record, e);
                return new Properties();
            }
        }
        return p;
    }

    private static Map<String, Long> tableCounts(Properties record) {
        Map<String, Long> counts = new TreeMap<>();
        for (String key : record.stringPropertyNames()) {
            if (key.startsWith(TABLE_PREFIX)) {
                try {
                    counts.put(key.substring(TABLE_PREFIX.length()), Long.parseLong(record.getProperty(key)));
                } catch (NumberFormatException e) {
                    return Map.of();
                }
            }
        }
        return counts;
    }

    private static Path recordOf(Path backup) {
        String name = backup.getFileName().toString();
        return backup.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".properties");
    }

    static Path mvFile(Path dbFile) {
        return dbFile.resolveSibling(dbFile.getFileName() + ".mv.db");
    }

    private static String quote(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /** The reason of a failure in a few words, for a message that names the file itself. */
    static String reason(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", p, e);
        }
    }

    static void deleteTree(Path dir) {
        try {
            Trees.delete(dir);
        } catch (UncheckedIOException e) {
            LOG.warn("Could not delete {}", dir, e);
        }
    }
}
