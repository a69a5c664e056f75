package org.dianmifeng.console.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dianmifeng.console.core.Auditable;

/**
 * One person's hours at one activity: a line of its roster. {@code servedOn} and {@code teamId} repeat the activity's
 * day and team. {@code late} marks hours entered more than the setting's days after the activity (补录), which carry
 * {@code lateReason} and are approved one by one. {@code decisionNote} is why hours were declined or corrected.
 */
public record ServiceHours(Long id, long activityId, long personId, long teamId, LocalDate servedOn, BigDecimal hours,
                           HoursState state, boolean late, String lateReason, String enteredBy,
                           LocalDateTime enteredAt, String decidedBy, LocalDateTime decidedAt, String decisionNote,
                           Integer version) implements Auditable {
    public static final int REASON_MAX = 200;

    /** Decided: approved or declined by {@code by} at {@code at}, with a note (a decline's reason) or none. */
    public ServiceHours decided(HoursState newState, String by, LocalDateTime at, String note) {
        return new ServiceHours(id, activityId, personId, teamId, servedOn, hours, newState, late, lateReason,
                enteredBy, enteredAt, by, at, note, version);
    }

    @Override
    public String auditText() {
        return Auditable.fields("activityId", activityId, "personId", personId, "teamId", teamId,
                "servedOn", servedOn, "hours", hours, "state", state, "late", late, "lateReason", lateReason,
                "decisionNote", decisionNote);
    }
}
