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
    SETTINGS_MANAGE,
    /** Keep branches, communities, grids, party members and their enrolments. */
    PARTY_ORGANISE,
    /** Record community service, quarterly feedback and points (a secretary: for their own branch only). */
    PARTY_RECORD,
    /** Enter self-reviews and evaluation scores and propose grades (a secretary: for their own branch only). */
    APPRAISAL_EVALUATE,
    /** Confirm or return proposed grades (a secretary: of their own work-unit branch only). */
    APPRAISAL_CONFIRM,
    /** Change a confirmed grade, with a reason. */
    APPRAISAL_OVERRIDE,
    /** Keep Dream Room aid cases: referral, lifecycle, visits, pairings, renovation, follow-ups. */
    CASE_EDIT,
    /**
     * See a child's identity (name, ID number, birth date, address, school, guardian, photos) after an
     * explicit reveal with a reason, and export it. Case officers only: not even the administrator.
     */
    CASE_IDENTITY,
    /** Review the log of every reveal and identity export. */
    IDENTITY_LOG_VIEW,
    /** Keep honours and their scanned certificates. */
    HONOUR_EDIT,
    /**
     * Make the annual summary of every area (it lists party members of every branch, so not a party
     * secretary, whose view is their own branch). The honour roll needs no permission: honours are public.
     */
    SUMMARY_REPORT,
    /** Make, check and restore backups and choose where they go and how many are kept. */
    BACKUP_MANAGE,
    /** Keep the practice network: the base and its stations. */
    SITE_EDIT,
    /** Register volunteers and change their status (active, paused, left) with a reason. */
    VOLUNTEER_EDIT,
    /** Keep projects and activities, their rosters and the hours entered (a team leader: for their own team only). */
    ACTIVITY_RECORD,
    /** Approve or decline entered hours, correct approved ones with a reason (a team leader: their own team only). */
    HOURS_APPROVE,
    /** Put reached star levels on public notice and grant them after it. */
    STAR_GRANT,
    /** Issue volunteer service certificates and revoke them with a reason. */
    CERTIFICATE_ISSUE
}
