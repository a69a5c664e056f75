package org.dianmifeng.console.aidcase;

import java.time.LocalDate;

/** What the identity log viewer asks for; null fields mean "any". {@code text} matches user, case code or reason. */
public record IdentityLogFilter(LocalDate from, LocalDate to, IdentityAction action, String text) {
    public static IdentityLogFilter all() {
        return new IdentityLogFilter(null, null, null, null);
    }
}
