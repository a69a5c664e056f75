package org.dianmifeng.console.star;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dianmifeng.console.core.Auditable;

/**
 * A star level a volunteer reached: {@code stars} (1..5), the cumulative approved hours {@code hoursAt} on the day
 * {@code reachedOn} the threshold was crossed; then the public notice from {@code noticeFrom} to {@code noticeUntil},
 * granted on {@code grantedOn} or withdrawn ({@code note}: the reason), by {@code decidedBy}.
 */
public record StarLevel(Long id, long personId, int stars, BigDecimal hoursAt, LocalDate reachedOn, StarState state,
                        LocalDate noticeFrom, LocalDate noticeUntil, LocalDate grantedOn, String decidedBy,
                        String note, Integer version) implements Auditable {
    public static final int NOTE_MAX = 200;

    @Override
    public String auditText() {
        return Auditable.fields("personId", personId, "stars", stars, "hoursAt", hoursAt.toPlainString(),
                "reachedOn", reachedOn, "state", state, "noticeFrom", noticeFrom, "noticeUntil", noticeUntil,
                "grantedOn", grantedOn, "note", note);
    }

    /** {@code 王伟 ★★★}: the person and the level, for the audit log's summary. */
    public static String summary(String name, int stars) {
        return name + " " + "★".repeat(stars);
    }
}
