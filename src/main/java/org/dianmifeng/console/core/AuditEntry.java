package org.dianmifeng.console.core;

import java.time.LocalDateTime;

/**
 * One line of the audit log: who did what to which record, with the record as text before and
 * after, in the form {@link AuditTexts} reads. Texts hold no identity numbers or phones in clear: callers pass
 * {@link Auditable#auditText()}. {@code displayName} is the account's name when the log is read (null when
 * written, or when no account has that username).
 */
public record AuditEntry(Long id, LocalDateTime at, String username, String displayName, AuditAction action,
                         String entity, Long entityId, String summary, String before, String after) {
}
