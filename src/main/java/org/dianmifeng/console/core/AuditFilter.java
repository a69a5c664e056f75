package org.dianmifeng.console.core;

import java.time.LocalDate;

/** What the audit viewer asks for; null fields mean "any". */
public record AuditFilter(LocalDate from, LocalDate to, String username, String entity, String text, int limit) {
    public static AuditFilter recent(int limit) {
        return new AuditFilter(null, null, null, null, null, limit);
    }
}
