package org.dianmifeng.console.star;

import java.math.BigDecimal;

/**
 * A star level as the screen and the notice list show it: the volunteer's name, volunteer number, unit, teams
 * (comma-separated, may be empty) and cumulative approved hours now.
 */
public record StarRow(StarLevel level, String name, String volunteerNo, String unitName, String teams,
                      BigDecimal totalHours) {
    public long id() {
        return level.id();
    }
}
