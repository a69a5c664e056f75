package org.dianmifeng.console.aidcase;

import java.time.LocalDateTime;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.core.UserName;

/**
 * One line of the identity access log: who saw or exported a child's identity, when, for which case (null: a list
 * export) and why; {@code displayName} is the user's account name as read (null when written).
 */
public record IdentityAccess(Long id, LocalDateTime at, String username, IdentityAction action, Long caseId,
                             String caseCode, String reason, String displayName) {
    /** IDENTITY_ACCESS.REASON is at most this long. */
    public static final int REASON_MAX = 500;

    /** A line to log: {@code username} saw or exported the identity of case {@code caseId} at {@code at} because of {@code reason}. */
    public static IdentityAccess of(LocalDateTime at, String username, IdentityAction action, Long caseId, String reason) {
        return new IdentityAccess(null, at, username, action, caseId, null, reason, null);
    }

    /** Who saw or exported it, as people see them. */
    public UserName user() {
        return new UserName(username, displayName);
    }

    /**
     * The reason for a reveal or an export, cleaned; refused on {@code field} when blank or longer than
     * {@link #REASON_MAX}.
     */
    public static String requireReason(String field, String reason) {
        String why = Texts.clean(reason);
        new Checks().text(field, why, REASON_MAX).throwIfAny();
        return why;
    }
}
