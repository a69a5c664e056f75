package org.dianmifeng.console.party;

/** A grid as the list shows it: with its community's name and how many members are actively enrolled in it. */
public record GridRow(Grid grid, String communityName, int enrolledCount) {
    public long id() {
        return grid.id();
    }

    public String name() {
        return grid.name();
    }

    GridRow masked() {
        return new GridRow(grid.masked(), communityName, enrolledCount);
    }
}
