package org.dianmifeng.console.aidcase;

import java.math.BigDecimal;
import java.util.List;

/**
 * The budget of a renovation plan: the planned costs (quantity × unit price) summed, the actual costs
 * summed (items without an actual cost count 0), and the difference planned − actual (negative when over budget).
 */
public record RenovationBudget(BigDecimal planned, BigDecimal actual, BigDecimal difference) {

    public static RenovationBudget of(List<RenovationItem> items) {
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        for (RenovationItem i : items) {
            planned = planned.add(i.planned());
            if (i.actualCost() != null) {
                actual = actual.add(i.actualCost());
            }
        }
        planned = planned.setScale(2, java.math.RoundingMode.HALF_UP);
        actual = actual.setScale(2, java.math.RoundingMode.HALF_UP);
        return new RenovationBudget(planned, actual, planned.subtract(actual));
    }

    /** Whether more was spent than planned. */
    public boolean overBudget() {
        return difference.signum() < 0;
    }
}
