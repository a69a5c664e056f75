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
    HIDDEN,
    /** The groups of settings saved together ({@code Settings.saveGroup}): the appraisal and points rules. */
    RULES_APPRAISAL,
    /** The late-entry (补录) settings of hours. */
    RULES_LATE_ENTRY,
    /** The star levels' thresholds. */
    RULES_STARS,
    /** The working days of a star level's public notice. */
    RULES_WORKING_DAYS
}
