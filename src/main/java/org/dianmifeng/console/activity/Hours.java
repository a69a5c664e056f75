package org.dianmifeng.console.activity;

import java.math.BigDecimal;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.report.OneDecimal;

/** The one check of an amount of hours (DECIMAL(4,1)): given, above zero, one decimal at most, and within a cap. */
public final class Hours {
    /** The longest an activity may be planned for, and so the most hours one person may get at it. */
    public static final BigDecimal DAY = BigDecimal.valueOf(24);

    private Hours() {
    }

    /**
     * Adds the problem of {@code value} under {@code field}: required, above 0, at most one decimal, at most
     * {@code max} ({@code maxKey} words the cap, e.g. "not more than the activity's 2.0 hours").
     */
    public static Checks check(Checks checks, String field, BigDecimal value, BigDecimal max, String maxKey) {
        checks.required(field, value);
        if (value == null) {
            return checks;
        }
        if (value.signum() <= 0) {
            checks.add(field, "error.hours.positive");
        } else if (value.stripTrailingZeros().scale() > 1) {
            checks.add(field, "error.hours.oneDecimal", value.toPlainString());
        } else if (max != null && value.compareTo(max) > 0) {
            checks.add(field, maxKey, shown(max));
        }
        return checks;
    }

    /**
     * Hours as typed: null when blank; when not a number, null and a problem of {@code field} in {@code checks}, with
     * what was typed. The rules of the amount are the caller's ({@link #check}, the star thresholds').
     */
    public static BigDecimal parse(String typed, String field, Checks checks) {
        String t = Texts.clean(typed);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            checks.add(field, "error.hours.number", t);
            return null;
        }
    }

    /** Hours as the console shows them: one decimal, e.g. 12.5 or 2.0. */
    public static String shown(BigDecimal hours) {
        return hours == null ? "" : OneDecimal.of(hours).toString();
    }

    /** Hours as stored: one decimal. */
    public static BigDecimal stored(BigDecimal hours) {
        return hours.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }
}
