package org.dianmifeng.console.party;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One line of the points ranking of a year: total = hours × points per hour + bonus − deductions
 * ({@code deductions} is the sum of the deduction entries as a positive number).
 */
public record PointsRow(int rank, MemberRef member, String communityName, BigDecimal hours, BigDecimal hourPoints,
                        BigDecimal bonus, BigDecimal deductions, BigDecimal total) {

    /** The year's sums of one member before ranking. */
    public record Sums(MemberRef member, String communityName, BigDecimal hours, BigDecimal bonus,
                       BigDecimal deductions) {
    }

    /**
     * Totals and ranks the members: highest total first, equal totals share a rank and the next rank
     * skips (1, 1, 3); within a rank by name.
     */
    public static List<PointsRow> rank(List<Sums> sums, BigDecimal pointsPerHour) {
        List<PointsRow> unranked = new ArrayList<>();
        for (Sums s : sums) {
            BigDecimal hourPoints = s.hours().multiply(pointsPerHour).setScale(1, java.math.RoundingMode.HALF_UP);
            BigDecimal total = hourPoints.add(s.bonus()).subtract(s.deductions());
            unranked.add(new PointsRow(0, s.member(), s.communityName(), s.hours(), hourPoints, s.bonus(),
                    s.deductions(), total));
        }
        unranked.sort(Comparator.comparing(PointsRow::total).reversed()
                .thenComparing(r -> r.member().name()).thenComparing(r -> r.member().id()));
        List<PointsRow> out = new ArrayList<>(unranked.size());
        for (int i = 0; i < unranked.size(); i++) {
            PointsRow r = unranked.get(i);
            int rank = i > 0 && unranked.get(i - 1).total().compareTo(r.total()) == 0 ? out.get(i - 1).rank() : i + 1;
            out.add(new PointsRow(rank, r.member(), r.communityName(), r.hours(), r.hourPoints(), r.bonus(),
                    r.deductions(), r.total()));
        }
        return out;
    }
}
