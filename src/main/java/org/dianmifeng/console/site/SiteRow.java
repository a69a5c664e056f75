package org.dianmifeng.console.site;

import java.math.BigDecimal;

/**
 * A site as the list shows it, with its unit's name, its manager's name (null if none) and the figures of a period:
 * the activities held there (not cancelled), the distinct volunteers whose approved hours were served there, and the
 * approved hours (one decimal).
 */
public record SiteRow(Site site, String unitName, String managerName, int activities, int volunteers,
                      BigDecimal hours) {
    public long id() {
        return site.id();
    }
}
