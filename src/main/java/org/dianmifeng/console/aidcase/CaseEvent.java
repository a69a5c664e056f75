package org.dianmifeng.console.aidcase;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dianmifeng.console.core.UserName;

/**
 * One step of a case's lifecycle: from a status (null for the referral) to another on a date, by a user, with a
 * reason where the move needs one; {@code displayName} is the user's account name as read (null when written). A move out of CLOSED or REJECTED is a reopening ({@link #reopening()}).
 */
public record CaseEvent(Long id, long caseId, AidCaseStatus from, AidCaseStatus to, LocalDate onDate,
                        LocalDateTime at, String username, String reason, String displayName) {
    /** A step as it is recorded: the user by username. */
    public CaseEvent(Long id, long caseId, AidCaseStatus from, AidCaseStatus to, LocalDate onDate, LocalDateTime at,
                     String username, String reason) {
        this(id, caseId, from, to, onDate, at, username, reason, null);
    }

    /** Who made the step, as people see them. */
    public UserName user() {
        return new UserName(username, displayName);
    }


    public boolean reopening() {
        return from == AidCaseStatus.CLOSED || from == AidCaseStatus.REJECTED;
    }
}
