package org.dianmifeng.console.core;

import java.time.LocalDateTime;

/**
 * One line of the audit log: who did what to which record, with the record as text before and
 * after. Texts hold no identity numbers or phones in clear: callers pass {@link Auditable#auditText()}.
 */
public record AuditEntry(Long id, LocalDateTime at, String username, AuditAction action, String entity,
                         Long entityId, String summary, String before, String after) {
}
