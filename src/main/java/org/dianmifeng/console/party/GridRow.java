package org.dianmifeng.console.party;

import org.dianmifeng.console.core.Role;

/** A grid as the list shows it: with its community's name and how many members are actively enrolled in it. */
public record GridRow(Grid grid, String communityName, int enrolledCount) {
    public long id() {
        return grid.id();
    }

    public String name() {
        return grid.name();
    }

    /** The same row with the leader's phone as {@code role} may see it. */
    GridRow shownTo(Role role) {
        return new GridRow(grid.shownTo(role), communityName, enrolledCount);
    }
}
