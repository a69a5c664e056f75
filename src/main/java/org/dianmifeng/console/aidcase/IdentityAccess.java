package org.dianmifeng.console.aidcase;

import java.time.LocalDateTime;

/** One line of the identity access log: who saw or exported a child's identity, when, for which case (null: a list export) and why. */
public record IdentityAccess(Long id, LocalDateTime at, String username, IdentityAction action, Long caseId,
                             String caseCode, String reason) {
}
