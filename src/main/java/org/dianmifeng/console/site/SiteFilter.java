package org.dianmifeng.console.site;

import java.util.Set;
import org.dianmifeng.console.core.Texts;

/**
 * Which sites a list shows; every part null means "any". {@code unitId}: sites of that unit or of a unit below it.
 * {@code text}: text in the code, name, address, opening hours, unit, manager or notes.
 */
public record SiteFilter(Long unitId, SiteKind kind, SiteStatus status, String text) {
    public static final SiteFilter ALL = new SiteFilter(null, null, null, null);

    public SiteFilter {
        text = Texts.clean(text);
    }

    /** Whether the row passes; {@code unitIds} are {@code unitId} and the units below it (ignored when it is null). */
    public boolean matches(SiteRow row, Set<Long> unitIds) {
        Site s = row.site();
        return (unitId == null || unitIds.contains(s.unitId()))
                && (kind == null || kind == s.kind())
                && (status == null || status == s.status())
                && Texts.anyContains(text, s.code(), s.name(), s.address(), s.openingHours(), row.unitName(),
                row.managerName(), s.notes());
    }
}
