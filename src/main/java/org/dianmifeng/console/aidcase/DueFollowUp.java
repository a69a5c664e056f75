package org.dianmifeng.console.aidcase;

import java.time.LocalDate;

/** An open follow-up that is overdue or due this week, with its case's code only (no identity). */
public record DueFollowUp(long followUpId, long caseId, String caseCode, String activity, LocalDate dueOn,
                          FollowUpState state) {
}
