package org.dianmifeng.console.site;

import java.math.BigDecimal;
import org.dianmifeng.console.unit.PersonRef;

/**
 * A site as the list shows it, with its unit's name, its manager (null if none) and the figures of a period:
 * the activities held there (not cancelled), the distinct volunteers whose approved hours were served there, and the
 * approved hours (one decimal).
 */
public record SiteRow(Site site, String unitName, PersonRef manager, int activities, int volunteers,
                      BigDecimal hours) {
    public long id() {
        return site.id();
    }

    /** The manager's name, null if the site has none. */
    public String managerName() {
        return manager == null ? null : manager.name();
    }
}
