package org.dianmifeng.console.imports;

import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.volunteer.TeamMember;

/**
 * A row of an import of team members: the team's and person's names and the ID number as the file gives them, and
 * the membership they make (its person found in the register by ID number once the row is decided; null before).
 */
public record ImportedTeamMember(String team, String name, String idNumber, TeamMember member) implements Auditable {
    @Override
    public String auditText() {
        return member.auditText();
    }
}
