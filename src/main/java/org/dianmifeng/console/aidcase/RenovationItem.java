package org.dianmifeng.console.aidcase;

import java.math.BigDecimal;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;

/**
 * One item of a case's renovation plan: category, description, quantity (more than 0), unit price
 * (0 or more), the actual cost once bought (0 or more, or null), supplier and status.
 * {@code id} and {@code version} are null until saved.
 */
public record RenovationItem(Long id, Long caseId, RenovationCategory category, String description,
                             BigDecimal quantity, BigDecimal unitPrice, BigDecimal actualCost, String supplier,
                             ItemStatus status, Integer version) implements Auditable {
    public static final int DESCRIPTION_MAX = 200;
    public static final int SUPPLIER_MAX = 100;
    /** The largest amount the columns hold (DECIMAL(12, 2); quantity DECIMAL(10, 2)). */
    public static final BigDecimal AMOUNT_MAX = new BigDecimal("9999999999.99");
    public static final BigDecimal QUANTITY_MAX = new BigDecimal("99999999.99");

    /** The planned cost: quantity × unit price (zero while either is missing). */
    public BigDecimal planned() {
        return quantity == null || unitPrice == null ? BigDecimal.ZERO : quantity.multiply(unitPrice);
    }

    /** Every field named in its problem: negative quantity or prices are refused. */
    public Checks check() {
        Checks checks = new Checks()
                .required("casework.item.case", caseId)
                .required("casework.item.category", category)
                .text("casework.item.description", description, DESCRIPTION_MAX)
                .required("casework.item.quantity", quantity)
                .required("casework.item.unitPrice", unitPrice)
                .maxLength("casework.item.supplier", supplier, SUPPLIER_MAX)
                .required("casework.item.status", status);
        if (quantity != null && quantity.signum() <= 0) {
            checks.add("casework.item.quantity", "error.casework.quantityPositive", quantity.toPlainString());
        }
        amount(checks, "casework.item.quantity", quantity, QUANTITY_MAX);
        if (unitPrice != null && unitPrice.signum() < 0) {
            checks.add("casework.item.unitPrice", "error.casework.negativeAmount", unitPrice.toPlainString());
        }
        amount(checks, "casework.item.unitPrice", unitPrice, AMOUNT_MAX);
        if (actualCost != null && actualCost.signum() < 0) {
            checks.add("casework.item.actualCost", "error.casework.negativeAmount", actualCost.toPlainString());
        }
        amount(checks, "casework.item.actualCost", actualCost, AMOUNT_MAX);
        return checks;
    }

    private static void amount(Checks checks, String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            return;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            checks.add(field, "error.casework.twoDecimals", value.toPlainString());
        } else if (value.compareTo(max) > 0) {
            checks.add(field, "error.casework.amountTooLarge", max.toPlainString());
        }
    }

    @Override
    public String auditText() {
        return Auditable.fields("caseId", caseId, "category", category, "description", description,
                "quantity", plain(quantity), "unitPrice", plain(unitPrice), "actualCost", plain(actualCost),
                "supplier", supplier, "status", status);
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }
}
