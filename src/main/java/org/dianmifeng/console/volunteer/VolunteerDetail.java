package org.dianmifeng.console.volunteer;

import java.util.List;

/** One volunteer with the teams they are in (with role and joined date) and their approved hours by year, newest first. */
public record VolunteerDetail(VolunteerRow row, List<TeamMembership> teams, List<VolunteerYear> years) {
    /** A team the volunteer is in. */
    public record TeamMembership(String teamName, TeamMemberRole role, java.time.LocalDate joinedOn) {
    }
}
