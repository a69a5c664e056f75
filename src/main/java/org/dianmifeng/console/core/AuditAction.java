package org.dianmifeng.console.core;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    LOGIN,
    LOGIN_FAILED,
    LOCKED,
    BACKUP,
    RESTORE,
    /** The embedded database copied onto the company server. */
    COPY,
    /** An import of registers: one entry with its counts (each record it changed has its own). */
    IMPORT,
    /** The undo of an import. */
    UNDO_IMPORT
}
