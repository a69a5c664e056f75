package org.dianmifeng.console.unit;

/** 政治面貌: 中共党员, 中共预备党员, 共青团员, 群众. */
public enum PoliticalStatus {
    PARTY_MEMBER,
    PROBATIONARY_MEMBER,
    LEAGUE_MEMBER,
    MASSES;

    public boolean isPartyMember() {
        return this == PARTY_MEMBER || this == PROBATIONARY_MEMBER;
    }
}
