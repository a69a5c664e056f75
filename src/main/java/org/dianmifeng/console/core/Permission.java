package org.dianmifeng.console.core;

/** What a role may do. Services check these; screens only hide what a role cannot use. */
public enum Permission {
    UNIT_EDIT,
    PERSON_EDIT,
    /** See resident ID numbers and mobile phones of people in clear. */
    PERSON_SENSITIVE_VIEW,
    TEAM_EDIT,
    ACCOUNT_MANAGE,
    AUDIT_VIEW,
    SAMPLE_DATA_LOAD,
    SETTINGS_MANAGE
}
