package org.dianmifeng.console.party;

/**
 * Which party members a signed-in account may see and act on. A party secretary is limited to the
 * branch their account is linked to (none if it is linked to no branch); every other role sees all
 * members, and what it may change is decided by its permissions.
 *
 * @param branchId    the secretary's branch, or null for every branch
 * @param kind        the kind of that branch
 * @param communityId for a community branch, its community
 * @param since       for a community branch, the first day of last year: members enrolled there now, or
 *                    until this day or later, are covered (last year's appraisal still needs them); null
 *                    otherwise
 */
public record PartyScope(Long branchId, BranchKind kind, Long communityId, java.time.LocalDate since) {
    private static final PartyScope ALL = new PartyScope(null, null, null, null);
    /** A secretary whose account is linked to no branch: sees no member. */
    private static final PartyScope NOTHING = new PartyScope(-1L, BranchKind.WORK_UNIT, null, null);

    public static PartyScope all() {
        return ALL;
    }

    public static PartyScope nothing() {
        return NOTHING;
    }

    public boolean isAll() {
        return branchId == null;
    }

    /** True if this scope covers the work-unit branch {@code id}: every branch, or the secretary's own. */
    public boolean coversWorkUnitBranch(long id) {
        return isAll() || (kind == BranchKind.WORK_UNIT && branchId == id);
    }

    /**
     * True if this scope may write quarterly feedback cards at all: every branch, or a community branch's
     * secretary (a card is written for a community branch, see {@link #coversCommunityBranch}).
     */
    public boolean writesCards() {
        return isAll() || kind == BranchKind.COMMUNITY;
    }

    /** True if a service done in community {@code id} is this scope's to record: a community secretary's own only. */
    public boolean coversServiceIn(long id) {
        return kind != BranchKind.COMMUNITY || communityId == id;
    }

    /** True if this scope covers the community branch {@code id}. */
    public boolean coversCommunityBranch(long id) {
        return isAll() || (kind == BranchKind.COMMUNITY && branchId == id);
    }
}
