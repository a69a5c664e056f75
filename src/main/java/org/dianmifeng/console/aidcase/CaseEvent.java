package org.dianmifeng.console.aidcase;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One step of a case's lifecycle: from a status (null for the referral) to another on a date, by a user, with a
 * reason where the move needs one. A move out of CLOSED or REJECTED is a reopening ({@link #reopening()}).
 */
public record CaseEvent(Long id, long caseId, AidCaseStatus from, AidCaseStatus to, LocalDate onDate,
                        LocalDateTime at, String username, String reason) {
    public boolean reopening() {
        return from == AidCaseStatus.CLOSED || from == AidCaseStatus.REJECTED;
    }
}
