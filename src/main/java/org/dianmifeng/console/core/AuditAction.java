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
    COPY
}
