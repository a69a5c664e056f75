package org.dianmifeng.console.volunteer;

import org.dianmifeng.console.unit.PersonRef;

/** A team as the list shows it: with its unit's name, its leader (or null) and how many members it has. */
public record TeamRow(Team team, String unitName, PersonRef leader, int memberCount) {
    public long id() {
        return team.id();
    }

    public String name() {
        return team.name();
    }
}
