package org.dianmifeng.console.aidcase;

/** Where a follow-up stands on a day; see {@link FollowUp#state}. */
public enum FollowUpState {
    OVERDUE,
    DUE_THIS_WEEK,
    PLANNED,
    DONE,
    CANCELLED;

    /** Whether the follow-up should stand out: overdue or due within the week. */
    public boolean needsAttention() {
        return this == OVERDUE || this == DUE_THIS_WEEK;
    }
}
