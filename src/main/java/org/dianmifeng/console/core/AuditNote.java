package org.dianmifeng.console.core;

/** Words an audit summary or text holds besides names and values: stored as constants, shown by their labels. */
public enum AuditNote {
    UNKNOWN_USERNAME,
    LOCKED,
    INACTIVE,
    UNLOCKED,
    PASSWORD,
    PASSWORD_BY_RECOVERY_KEY,
    CHANGED,
    BATCH,
    HIDDEN
}
