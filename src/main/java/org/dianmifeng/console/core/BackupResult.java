package org.dianmifeng.console.core;

/** What the check of a backup found: opened and every table's rows counted as when it was made, or not. */
public enum BackupResult {
    VERIFIED,
    FAILED,
    /** A file found in the backup folder without the record of its check (e.g. copied there by hand). */
    UNCHECKED
}
