package org.dianmifeng.console.core;

/** Why a backup was made; part of its file name. */
public enum BackupReason {
    /** The first sign-in of the day. */
    DAILY,
    /** The administrator's "back up now", or the command line's {@code backup}. */
    MANUAL,
    /** Before the console upgraded the schema of the database. */
    BEFORE_MIGRATION,
    /** The state replaced by a restore. */
    BEFORE_RESTORE,
    /** Before an import of registers. */
    BEFORE_IMPORT,
    /** The last unencrypted state of an older console's database, written before it is encrypted. */
    BEFORE_ENCRYPTION;

    String fileTag() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static BackupReason ofFileTag(String tag) {
        for (BackupReason r : values()) {
            if (r.fileTag().equals(tag)) {
                return r;
            }
        }
        return null;
    }
}
