package org.dianmifeng.console.aidcase;

import java.time.LocalDate;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;

/**
 * A planned follow-up activity of a case (e.g. 点亮书桌 照亮梦想) with its due date; done on a date with
 * participants and notes, or cancelled with a reason, never both. {@code id} and {@code version} are null until saved.
 */
public record FollowUp(Long id, Long caseId, String activity, LocalDate dueOn, LocalDate doneOn, String participants,
                       String notes, String cancelledReason, Integer version) implements Auditable {
    public static final int ACTIVITY_MAX = 100;
    public static final int PARTICIPANTS_MAX = 500;
    public static final int NOTES_MAX = 1000;
    public static final int REASON_MAX = 500;
    /** "Due this week": due today or within this many days. */
    public static final int WEEK_DAYS = 7;

    /**
     * DONE or CANCELLED once closed; else OVERDUE when due before {@code today}, DUE_THIS_WEEK when due
     * from today to {@code today} + 7 days, PLANNED after that.
     */
    public FollowUpState state(LocalDate today) {
        if (doneOn != null) {
            return FollowUpState.DONE;
        }
        if (cancelledReason != null) {
            return FollowUpState.CANCELLED;
        }
        if (dueOn.isBefore(today)) {
            return FollowUpState.OVERDUE;
        }
        return dueOn.isAfter(today.plusDays(WEEK_DAYS)) ? FollowUpState.PLANNED : FollowUpState.DUE_THIS_WEEK;
    }

    /** Neither done nor cancelled. */
    public boolean isOpen() {
        return doneOn == null && cancelledReason == null;
    }

    public Checks check(LocalDate today) {
        Checks checks = new Checks()
                .required("casework.followUp.case", caseId)
                .text("casework.followUp.activity", activity, ACTIVITY_MAX)
                .required("casework.followUp.dueOn", dueOn)
                .maxLength("casework.followUp.participants", participants, PARTICIPANTS_MAX)
                .maxLength("casework.followUp.notes", notes, NOTES_MAX)
                .maxLength("casework.followUp.cancelledReason", cancelledReason, REASON_MAX);
        if (doneOn != null && doneOn.isAfter(today)) {
            checks.add("casework.followUp.doneOn", "error.dateInFuture", today);
        }
        if (doneOn != null && cancelledReason != null) {
            checks.add("casework.followUp.doneOn", "error.casework.doneAndCancelled");
        }
        return checks;
    }

    public FollowUp done(LocalDate on, String participants, String notes) {
        return new FollowUp(id, caseId, activity, dueOn, on, participants, notes, null, version);
    }

    public FollowUp cancelled(String reason) {
        return new FollowUp(id, caseId, activity, dueOn, null, participants, notes, reason, version);
    }

    @Override
    public String auditText() {
        return Auditable.fields("caseId", caseId, "activity", activity, "dueOn", dueOn, "doneOn", doneOn,
                "participants", participants, "notes", notes, "cancelledReason", cancelledReason);
    }
}
