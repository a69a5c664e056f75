package org.dianmifeng.console.party;

/**
 * A branch as the list shows it: with the name of its unit or community, the username of its
 * secretary's account (or null) and its member count (a work-unit branch: its members; a community
 * branch: the members actively enrolled in a grid of its community).
 */
public record BranchRow(Branch branch, String unitName, String communityName, String secretaryUsername,
                        int memberCount) {
    public long id() {
        return branch.id();
    }

    public String name() {
        return branch.name();
    }

    /** The unit of a work-unit branch or the community of a community branch. */
    public String belongsTo() {
        return branch.kind() == BranchKind.WORK_UNIT ? unitName : communityName;
    }
}
