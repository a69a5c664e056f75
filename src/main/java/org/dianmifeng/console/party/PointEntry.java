package org.dianmifeng.console.party;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;

/**
 * Bonus (positive) or deduction (negative) points of a member, with a reason; never 0.
 * {@code id} and {@code version} are null for an entry not yet saved.
 */
public record PointEntry(Long id, Long memberId, LocalDate enteredOn, BigDecimal points, String reason,
                         String recordedBy, Integer version) implements WorkRecord {
    public static final int REASON_MAX = 200;
    public static final BigDecimal MAX_POINTS = new BigDecimal("9999.9");

    /** A member, a date not after {@code today}, points other than 0 with one decimal, a reason. */
    public Checks check(LocalDate today) {
        Checks checks = new Checks()
                .required("points.member", memberId)
                .required("points.enteredOn", enteredOn)
                .required("points.points", points)
                .text("points.reason", reason, REASON_MAX);
        if (enteredOn != null && enteredOn.isAfter(today)) {
            checks.add("points.enteredOn", "error.dateInFuture", today);
        }
        if (points != null && points.signum() == 0) {
            checks.add("points.points", "error.work.pointsZero");
        } else if (points != null && points.abs().compareTo(MAX_POINTS) > 0) {
            checks.add("points.points", "error.work.pointsRange", MAX_POINTS.toPlainString());
        } else if (points != null && !WorkChecks.oneDecimal(points)) {
            checks.add("points.points", "error.work.oneDecimal", points.toPlainString());
        }
        return checks;
    }

    public PointEntry withRecordedBy(String by) {
        return new PointEntry(id, memberId, enteredOn, points, reason, by, version);
    }

    @Override
    public String auditText() {
        return Auditable.fields("memberId", memberId, "enteredOn", enteredOn,
                "points", points == null ? null : points.toPlainString(), "reason", reason, "recordedBy", recordedBy);
    }
}
