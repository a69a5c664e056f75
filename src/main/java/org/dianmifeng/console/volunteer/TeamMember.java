package org.dianmifeng.console.volunteer;

import java.time.LocalDate;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.unit.PersonRef;

/** A person's membership of a team. {@code id} and {@code version} are null for one not yet saved. */
public record TeamMember(Long id, long teamId, PersonRef person, LocalDate joinedOn, TeamMemberRole role,
                         Integer version) implements Auditable {

    public TeamMember withRole(TeamMemberRole newRole) {
        return new TeamMember(id, teamId, person, joinedOn, newRole, version);
    }

    /**
     * Field checks: a person, a role and a joined date that is neither before the team was founded
     * ({@code founded} may be null) nor after {@code today}.
     */
    public Checks check(LocalDate founded, LocalDate today) {
        Checks checks = new Checks()
                .required("teamMember.person", person)
                .required("teamMember.joinedOn", joinedOn)
                .required("teamMember.role", role);
        if (joinedOn != null && joinedOn.isAfter(today)) {
            checks.add("teamMember.joinedOn", "error.dateInFuture", today);
        }
        if (joinedOn != null && founded != null && joinedOn.isBefore(founded)) {
            checks.add("teamMember.joinedOn", "error.teamMember.beforeFounding", founded);
        }
        return checks;
    }

    @Override
    public String auditText() {
        return Auditable.fields("teamId", teamId, "personId", person == null ? null : person.id(),
                "person", person == null ? null : person.name(), "joinedOn", joinedOn, "role", role);
    }
}
