package org.dianmifeng.console.core;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * One backup file in the backup folder: when and why it was made, its size, the result of its check, the
 * number of rows it holds (all tables) and the schema version of the database it came from.
 */
public record BackupInfo(Path file, LocalDateTime takenAt, BackupReason reason, long size, BackupResult result,
                         long rows, String schemaVersion) {
    public String fileName() {
        return file.getFileName().toString();
    }

    /** The size as people read it: KB with one decimal below a megabyte, else MB with one decimal. */
    public static String sizeText(long bytes) {
        return bytes >= 1024L * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
                : String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    public boolean verified() {
        return result == BackupResult.VERIFIED;
    }
}
