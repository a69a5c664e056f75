package org.dianmifeng.console.party;

/** A community as the list shows it: how many grids it has and how many members are actively enrolled there. */
public record CommunityRow(Community community, int gridCount, int enrolledCount) {
    public long id() {
        return community.id();
    }

    public String name() {
        return community.name();
    }
}
