package org.dianmifeng.console.party;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;

/**
 * The quarterly feedback card (登记卡) of a community branch on one enrolled member, for the member's work unit.
 * One card per member and quarter. {@code id} and {@code version} are null for a card not yet saved.
 */
public record Feedback(Long id, Long memberId, Long communityBranchId, Integer year, Integer quarter,
                       Integer contacts, Integer activities, BigDecimal hours, Rating rating, String comments,
                       String recordedBy, Integer version) implements WorkRecord {
    public static final int COMMENTS_MAX = 500;
    /** The largest count of contacts or activities, and of hours, a card may hold (DECIMAL(6,1)). */
    public static final int COUNT_MAX = 9999;

    /** The first day of the card's quarter. */
    public LocalDate quarterStart() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** The last day of the card's quarter. */
    public LocalDate quarterEnd() {
        return quarterStart().plusMonths(3).minusDays(1);
    }

    /** Every field but comments is required; quarter 1-4; counts 0 or more; hours with one decimal; only a quarter that has ended by {@code today}. */
    public Checks check(LocalDate today) {
        Checks checks = new Checks()
                .required("feedback.member", memberId)
                .required("feedback.branch", communityBranchId)
                .required("feedback.year", year)
                .required("feedback.quarter", quarter)
                .required("feedback.contacts", contacts)
                .required("feedback.activities", activities)
                .required("feedback.hours", hours)
                .required("feedback.rating", rating)
                .maxLength("feedback.comments", comments, COMMENTS_MAX);
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            checks.add("feedback.quarter", "error.work.quarter", quarter);
        }
        if (year != null && (year < 2000 || year > today.getYear())) {
            checks.add("feedback.year", "error.work.year", String.valueOf(year), String.valueOf(today.getYear()));
        }
        if (!checks.has("feedback.year") && !checks.has("feedback.quarter") && year != null && quarter != null
                && !today.isAfter(quarterEnd())) {
            checks.add("feedback.quarter", "error.work.quarterNotEnded", String.valueOf(year), quarter,
                    quarterEnd().toString());
        }
        count(checks, "feedback.contacts", contacts);
        count(checks, "feedback.activities", activities);
        if (hours != null && (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(COUNT_MAX)) > 0)) {
            checks.add("feedback.hours", "error.work.count", COUNT_MAX);
        } else if (hours != null && !WorkChecks.oneDecimal(hours)) {
            checks.add("feedback.hours", "error.work.oneDecimal", hours.toPlainString());
        }
        return checks;
    }

    private static void count(Checks checks, String field, Integer value) {
        if (value != null && (value < 0 || value > COUNT_MAX)) {
            checks.add(field, "error.work.count", COUNT_MAX);
        }
    }

    public Feedback withRecordedBy(String by) {
        return new Feedback(id, memberId, communityBranchId, year, quarter, contacts, activities, hours, rating,
                comments, by, version);
    }

    @Override
    public String auditText() {
        return Auditable.fields("memberId", memberId, "communityBranchId", communityBranchId, "year", year,
                "quarter", quarter, "contacts", contacts, "activities", activities,
                "hours", hours == null ? null : hours.toPlainString(), "rating", rating, "comments", comments,
                "recordedBy", recordedBy);
    }
}
