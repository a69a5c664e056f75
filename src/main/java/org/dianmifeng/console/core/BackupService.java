package org.dianmifeng.console.core;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Backups of the open database as people ask for them: the administrator makes, checks and restores them and
 * chooses where they go; the first sign-in of each day makes one by itself. Every backup and restore is audited.
 * A backup and a restore never overlap (the day's backup runs beside the window's work): they take turns.
 */
public final class BackupService {
    static final String ENTITY = "BACKUP";
    private final Database db;
    private final Audit audit;
    private final Clock clock;
    private final Backups backups;

    public BackupService(Database db, Audit audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.backups = new Backups(db.dataDir(), db.key());
    }

    /** The backups in the backup folder, newest first. */
    public List<BackupInfo> list(Session who) {
        who.require(Permission.BACKUP_MANAGE);
        return backups.list();
    }

    public BackupSettings settings(Session who) {
        who.require(Permission.BACKUP_MANAGE);
        return backups.settings();
    }

    /** The folder backups go to now. */
    public Path folder(Session who) {
        who.require(Permission.BACKUP_MANAGE);
        return backups.folder();
    }

    /** A backup now, checked and rotated. */
    public BackupInfo backUpNow(Session who, Progress progress) {
        who.require(Permission.BACKUP_MANAGE);
        return backUp(who, BackupReason.MANUAL, progress);
    }

    /**
     * The day's backup, made at the first sign-in of each day whoever signs in: none if a backup that did not fail
     * was already made today.
     */
    public synchronized Optional<BackupInfo> dailyIfDue(Session who, Progress progress) {
        if (db.onServer()) {
            // the company's server is backed up on the server, by its administrator
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        boolean done = backups.list().stream().anyMatch(b -> b.result() != BackupResult.FAILED
                && b.takenAt().toLocalDate().equals(today));
        return done ? Optional.empty() : Optional.of(backUp(who, BackupReason.DAILY, progress));
    }

    /**
     * The backup made before work that replaces much at once (an import of registers); none on a server, whose
     * backups are the server's (the import is still one transaction, and can be undone).
     */
    public Optional<BackupInfo> beforeImport(Session who, Progress progress) {
        return db.onServer() ? Optional.empty() : Optional.of(backUp(who, BackupReason.BEFORE_IMPORT, progress));
    }

    /** Checks a backup again and records the result. */
    public BackupInfo verify(Session who, BackupInfo backup) {
        who.require(Permission.BACKUP_MANAGE);
        return backups.verify(backup);
    }

    /**
     * Restores a backup: loads and checks it beside the open database, backs up the current state, then closes this
     * database, puts the backup in its place and opens it again. Returns the database now open, with the restore in its audit log; this service and every
     * other one built on the closed database must be replaced by the caller. A backup that cannot be read is
     * refused before anything is closed, and the database stays open as it was.
     */
    public synchronized Restored restore(Session who, BackupInfo chosen, Progress progress) {
        who.require(Permission.BACKUP_MANAGE);
        refuseOnServer();
        if (!Files.isRegularFile(chosen.file())) {
            throw new ConsoleException("error.backup.missing", chosen.file());
        }
        progress.update(0, 3);
        backups.stage(chosen.file());
        progress.update(1, 3);
        BackupInfo before;
        try {
            before = backups.writeOnly(db.dataSource(), BackupReason.BEFORE_RESTORE, clock, Progress.NONE);
            audit.recordEvent(who, AuditAction.BACKUP, ENTITY, before.fileName(), null, text(before));
        } catch (RuntimeException e) {
            backups.unstage();
            throw e;
        }
        if (!before.verified()) {
            backups.unstage();
            throw new ConsoleException("error.backup.beforeRestoreFailed", before.file());
        }
        progress.update(2, 3);
        backups.markReady(chosen.file());
        db.close();
        Backups.finishRestore(db.dataDir(), null);
        Database reopened = Database.open(db.dataDir(), db.key());
        recordRestore(reopened, who, chosen, before, clock);
        backups.rotate();
        progress.update(3, 3);
        return new Restored(reopened, before);
    }

    /** A restore done: the database now open in place of the closed one, and the backup of the state it replaced. */
    public record Restored(Database database, BackupInfo before) {
    }

    /**
     * Restores a backup in place of a database that cannot be opened (damaged): the damaged file is kept beside,
     * renamed; then opens the restored database (with the key a sign-in unwrapped), with the restore in its audit
     * log.
     */
    public static Database restoreDamaged(Path dataDir, DataKey key, Session who, BackupInfo chosen, Clock clock) {
        try (DataLock lock = DataLock.acquire(dataDir)) {
            new Backups(dataDir, key).restore(chosen.file(), true, clock);
        }
        Database reopened = Database.open(dataDir, key);
        recordRestore(reopened, who, chosen, null, clock);
        return reopened;
    }

    /** Records a restore into a data folder that had no database (the audit of the restored one). */
    public void recordRestore(Session who, BackupInfo chosen) {
        recordRestore(db, who, chosen, null, clock);
    }

    private static void recordRestore(Database reopened, Session who, BackupInfo chosen, BackupInfo before,
                                      Clock clock) {
        new Audit(reopened, clock).recordEvent(who, AuditAction.RESTORE, ENTITY,
                chosen.fileName(), before == null ? null : text(before), text(chosen));
    }

    /** Chooses the backup folder (blank: the default inside the data folder) and how many backups are kept. */
    public BackupSettings saveSettings(Session who, String folderText, Integer daily, Integer weekly, Integer monthly) {
        who.require(Permission.BACKUP_MANAGE);
        Checks checks = new Checks();
        Path folder = null;
        String text = folderText == null ? "" : folderText.strip();
        if (!text.isEmpty()) {
            try {
                folder = Path.of(text).toAbsolutePath();
                if (Files.exists(folder) && (!Files.isDirectory(folder) || !Files.isWritable(folder))) {
                    checks.add("backupFolder", "error.backup.folderNotWritable", folder);
                } else if (!Files.exists(folder) && (folder.getParent() == null || !Files.isDirectory(folder.getParent()))) {
                    checks.add("backupFolder", "error.backup.folderMissing", folder);
                }
            } catch (InvalidPathException e) {
                checks.add("backupFolder", "error.backup.folderInvalid", text);
            }
        }
        range(checks, "backupKeepDaily", daily, 1);
        range(checks, "backupKeepWeekly", weekly, 0);
        range(checks, "backupKeepMonthly", monthly, 0);
        checks.throwIfAny();
        BackupSettings before = backups.settings();
        BackupSettings after = new BackupSettings(folder, new BackupRotation(daily, weekly, monthly));
        after.save(db.dataDir());
        audit.recordEvent(who, AuditAction.UPDATE, ENTITY, "backup.properties",
                settingsText(before), settingsText(after));
        return after;
    }

    private static void range(Checks checks, String field, Integer value, int min) {
        if (value == null) {
            checks.add(field, "error.required");
        } else if (value < min || value > BackupRotation.MAX) {
            checks.add(field, "error.backup.keepRange", min, BackupRotation.MAX);
        }
    }

    /** The backups here are of the embedded file: a server database is backed up on the server (pg_dump). */
    private void refuseOnServer() {
        if (db.onServer()) {
            throw new ConsoleException("error.server.backup");
        }
    }

    private synchronized BackupInfo backUp(Session who, BackupReason reason, Progress progress) {
        refuseOnServer();
        BackupInfo made = backups.write(db.dataSource(), reason, clock, progress);
        audit.recordEvent(who, AuditAction.BACKUP, ENTITY, made.fileName(), null, text(made));
        if (!made.verified()) {
            throw new ConsoleException("error.backup.checkFailed", made.file());
        }
        return made;
    }

    private static String text(BackupInfo b) {
        return Auditable.fields("file", b.file(), "reason", b.reason(), "result", b.result(), "rows", b.rows(),
                "size", b.size(), "schema", b.schemaVersion());
    }

    private String settingsText(BackupSettings s) {
        return Auditable.fields("folder", s.folderIn(db.dataDir()), "keepDaily", s.rotation().daily(),
                "keepWeekly", s.rotation().weekly(), "keepMonthly", s.rotation().monthly());
    }
}
