package org.dianmifeng.console.party;

import java.math.BigDecimal;
import org.dianmifeng.console.core.Checks;

/** The number rules the community-work records share: amounts with at most one decimal. */
final class WorkChecks {
    private WorkChecks() {
    }

    /** True if {@code value} has no more than one decimal place (e.g. 1.5 or 2.50, not 1.25). */
    static boolean oneDecimal(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 1;
    }

    /** Hours of one service: above 0, at most 24, one decimal. */
    static void serviceHours(Checks checks, String field, BigDecimal hours) {
        if (hours == null) {
            checks.add(field, "error.required");
        } else if (hours.signum() <= 0 || hours.compareTo(ServiceRecord.MAX_HOURS) > 0) {
            checks.add(field, "error.work.hoursRange", hours.toPlainString());
        } else if (!oneDecimal(hours)) {
            checks.add(field, "error.work.oneDecimal", hours.toPlainString());
        }
    }
}
