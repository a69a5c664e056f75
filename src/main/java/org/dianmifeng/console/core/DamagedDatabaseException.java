package org.dianmifeng.console.core;

import java.util.Optional;

/** A database file that exists but cannot be opened as the console's database; it is left untouched. */
public final class DamagedDatabaseException extends ConsoleException {
    private final transient BackupInfo newestVerified;

    DamagedDatabaseException(String key, Throwable cause, BackupInfo newestVerified, Object... args) {
        super(key, cause, args);
        this.newestVerified = newestVerified;
    }

    /** The newest backup whose check found every row: what the user may restore instead. */
    public Optional<BackupInfo> newestVerified() {
        return Optional.ofNullable(newestVerified);
    }
}
