package org.dianmifeng.console.party;

/** Where an appraisal stands: draft → evaluated (both scores in) → proposed → confirmed (locked), or returned and evaluated again. */
public enum AppraisalStatus {
    DRAFT,
    EVALUATED,
    PROPOSED,
    CONFIRMED,
    RETURNED
}
