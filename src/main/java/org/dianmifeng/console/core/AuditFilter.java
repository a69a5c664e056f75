package org.dianmifeng.console.core;

import java.time.LocalDate;
import java.util.List;

/**
 * What the audit viewer asks for; null fields mean "any". {@code text} is matched as typed, and so is each of
 * {@code storedTerms}: the stored forms of what the text names in the reader's language
 * ({@link AuditTexts#storedTerms}), so that 男 finds {@code Gender.MALE}; a note of a saved group of settings finds
 * its older summary too ({@link AuditTexts#olderSettingSummaries}: 星级标准 finds the settings entry "star").
 */
public record AuditFilter(LocalDate from, LocalDate to, String username, String entity, String text, int limit,
                          List<String> storedTerms) {
    public AuditFilter {
        storedTerms = storedTerms == null ? List.of() : List.copyOf(storedTerms);
    }

    public AuditFilter(LocalDate from, LocalDate to, String username, String entity, String text, int limit) {
        this(from, to, username, entity, text, limit, List.of());
    }

    public static AuditFilter recent(int limit) {
        return new AuditFilter(null, null, null, null, null, limit);
    }
}
