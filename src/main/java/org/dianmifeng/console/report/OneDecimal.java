package org.dianmifeng.console.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A number kept, shown and written with one decimal: hours (12.5, 2.0). A table shows its text ({@link #toString});
 * {@link Cells#put} writes it as a number in {@link Styles#oneDecimal()}, so every list export and report prints
 * hours as {@value Styles#ONE_DECIMAL_FORMAT}, never with two decimals nor as text. Sorts by value.
 */
public record OneDecimal(BigDecimal value) implements Comparable<OneDecimal> {
    public OneDecimal {
        value = value.setScale(1, RoundingMode.HALF_UP);
    }

    /** {@code value} with one decimal, or null for null (an empty cell). */
    public static OneDecimal of(BigDecimal value) {
        return value == null ? null : new OneDecimal(value);
    }

    @Override
    public int compareTo(OneDecimal other) {
        return value.compareTo(other.value);
    }

    /** The number as shown: one decimal, e.g. 12.5 or 2.0. */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
