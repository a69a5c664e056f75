package org.dianmifeng.console.aidcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.dianmifeng.console.core.Checks;
import org.junit.jupiter.api.Test;

class RenovationBudgetTest {
    static RenovationItem item(String quantity, String unitPrice, String actual) {
        return new RenovationItem(null, 1L, RenovationCategory.FURNITURE, "书桌", new BigDecimal(quantity),
                new BigDecimal(unitPrice), actual == null ? null : new BigDecimal(actual), null, ItemStatus.PLANNED, null);
    }

    @Test
    void plannedIsQuantityTimesUnitPrice() {
        assertEquals(0, new BigDecimal("1199.25").compareTo(item("2.5", "479.70", null).planned()));
    }

    @Test
    void budgetSumsPlannedAndActualAndTheirDifference() {
        RenovationBudget b = RenovationBudget.of(List.of(item("1", "1200", "1150.50"), item("2", "300", null),
                item("4", "25.5", "110")));
        assertEquals(new BigDecimal("1902.00"), b.planned());
        assertEquals(new BigDecimal("1260.50"), b.actual());
        assertEquals(new BigDecimal("641.50"), b.difference());
        assertFalse(b.overBudget());
    }

    @Test
    void overBudgetShowsAsANegativeDifference() {
        RenovationBudget b = RenovationBudget.of(List.of(item("1", "100", "130")));
        assertEquals(new BigDecimal("-30.00"), b.difference());
        assertTrue(b.overBudget());
    }

    @Test
    void anEmptyPlanIsZero() {
        RenovationBudget b = RenovationBudget.of(List.of());
        assertEquals(new BigDecimal("0.00"), b.planned());
        assertEquals(new BigDecimal("0.00"), b.actual());
        assertEquals(new BigDecimal("0.00"), b.difference());
    }

    @Test
    void negativeOrZeroAmountsAreRefusedNamingTheField() {
        assertTrue(item("0", "10", null).check().has("casework.item.quantity"));
        assertTrue(item("-1", "10", null).check().has("casework.item.quantity"));
        Checks price = item("1", "-0.01", "-5").check();
        assertTrue(price.has("casework.item.unitPrice"));
        assertTrue(price.has("casework.item.actualCost"));
        assertFalse(price.has("casework.item.quantity"));
        assertFalse(item("1", "0", "0").check().has("casework.item.unitPrice"));
        assertTrue(item("1", "1.005", null).check().has("casework.item.unitPrice"));
    }
}
