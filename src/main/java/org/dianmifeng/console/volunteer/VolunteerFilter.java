package org.dianmifeng.console.volunteer;

import java.util.Set;
import org.dianmifeng.console.core.Texts;

/**
 * Which volunteers a list shows; every part null means "any". {@code unitId}: volunteers of that unit or a unit below
 * it. {@code teamId}: members of that team. {@code text}: text in the name, volunteer number, unit, specialities, teams
 * or the status reason.
 */
public record VolunteerFilter(Long unitId, Long teamId, VolunteerStatus status, String text) {
    public static final VolunteerFilter ALL = new VolunteerFilter(null, null, null, null);

    public VolunteerFilter {
        text = Texts.clean(text);
    }

    /** Whether the row passes; {@code unitIds} are {@code unitId} and the units below it (ignored when it is null). */
    public boolean matches(VolunteerRow row, Set<Long> unitIds) {
        Volunteer v = row.volunteer();
        return (unitId == null || unitIds.contains(row.unitId()))
                && (teamId == null || row.teamIds().contains(teamId))
                && (status == null || status == v.status())
                && Texts.anyContains(text, row.name(), v.volunteerNo(), row.unitName(), row.skills(),
                String.join(" ", row.teamNames()), v.statusReason());
    }
}
