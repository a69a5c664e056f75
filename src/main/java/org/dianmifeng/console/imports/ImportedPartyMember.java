package org.dianmifeng.console.imports;

import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.party.Enrolment;
import org.dianmifeng.console.party.PartyMember;

/**
 * A row of an import of party members: the person's name and ID number and the branch, community and grid as the
 * file gives them, the membership they make (its person found by ID number once the row is decided) and the
 * enrolment in a grid to add with it (null when the row names none, or the member is enrolled there already).
 */
public record ImportedPartyMember(String name, String idNumber, String branch, String community, String grid,
                                  PartyMember member, Enrolment enrolment) implements Auditable {
    @Override
    public String auditText() {
        return member.auditText() + (enrolment == null ? "" : "\n" + enrolment.auditText());
    }

    ImportedPartyMember with(String personName, PartyMember m, Enrolment e) {
        return new ImportedPartyMember(personName, idNumber, branch, community, grid, m, e);
    }
}
