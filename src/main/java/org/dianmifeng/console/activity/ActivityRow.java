package org.dianmifeng.console.activity;

import java.math.BigDecimal;

/**
 * An activity as the list shows it: with its team, project and station names and the counts of its roster's lines
 * by state, and the sum of its approved hours.
 */
public record ActivityRow(Activity activity, String teamName, String projectName, String siteName, int lines,
                          int entered, int lateEntered, int approved, int declined, BigDecimal approvedHours) {
    public long id() {
        return activity.id();
    }

    /**
     * Whether the activity was held: it has approved hours, so it is neither cancelled nor deleted (the rule
     * {@link ActivityService} enforces; the list greys out those commands by it).
     */
    public boolean held() {
        return approved > 0;
    }
}
