package org.dianmifeng.console.party;

import java.util.List;

/** The top of the community tree: a community (社区) with its street and its grids. */
public record CommunityNode(long id, String name, String street, List<GridNode> grids) {
    public CommunityNode {
        grids = List.copyOf(grids);
    }

    /**
     * A grid (网格) with its leader, how many members are actively enrolled in it ({@code memberCount}) and those
     * members ({@code members}: none in the tree's outline, {@code CommunityWorkStore.outline}; all in the tree).
     */
    public record GridNode(long id, long communityId, String name, String leaderName, int memberCount,
                           List<MemberNode> members) {
        public GridNode {
            members = List.copyOf(members);
        }
    }

    /** A member actively enrolled in a grid, with the role and the date they reported. */
    public record MemberNode(MemberRef member, long gridId, String gridName, String communityName, GridRole role,
                             java.time.LocalDate reportedOn) {
    }
}
