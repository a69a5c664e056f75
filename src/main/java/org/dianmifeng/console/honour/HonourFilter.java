package org.dianmifeng.console.honour;

import java.util.Set;
import org.dianmifeng.console.core.Texts;

/**
 * Which honours a list shows; every part null means "any". {@code unitId}: honours whose recipient belongs to that
 * unit or to a unit below it. {@code recipient}: text in the recipient's name. {@code text}: text in the title,
 * category, awarding body, recipient, unit, certificate number or notes.
 */
public record HonourFilter(Integer year, HonourLevel level, Long unitId, String recipient, String text) {
    public static final HonourFilter ALL = new HonourFilter(null, null, null, null, null);

    public HonourFilter {
        recipient = Texts.clean(recipient);
        text = Texts.clean(text);
    }

    /**
     * Whether the row passes; {@code unitIds} are the ids of {@code unitId} and the units below it (ignored when
     * {@code unitId} is null). The service and the screen filter with this one rule.
     */
    public boolean matches(HonourRow row, Set<Long> unitIds) {
        Honour h = row.honour();
        return (year == null || year.equals(h.year()))
                && (level == null || level == h.level())
                && (unitId == null || unitIds.contains(row.recipientUnitId()))
                && Texts.anyContains(recipient, row.recipientName())
                && Texts.anyContains(text, h.title(), h.category(), h.awardedBy(), row.recipientName(),
                row.recipientUnitName(), h.certificateNo(), h.notes());
    }
}
