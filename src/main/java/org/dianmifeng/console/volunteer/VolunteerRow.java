package org.dianmifeng.console.volunteer;

import java.math.BigDecimal;
import java.util.List;

/**
 * A registered volunteer as the list shows it: the person's name, unit and specialities (PERSON.SKILLS), the teams they
 * are in (names, and ids for the team filter), and the approved hours in total and in the year the list was read for.
 */
public record VolunteerRow(Volunteer volunteer, String name, long unitId, String unitName, String skills,
                           List<Long> teamIds, List<String> teamNames, BigDecimal hoursTotal, BigDecimal hoursYear) {
    public VolunteerRow {
        teamIds = List.copyOf(teamIds);
        teamNames = List.copyOf(teamNames);
    }

    public long personId() {
        return volunteer.personId();
    }
}
