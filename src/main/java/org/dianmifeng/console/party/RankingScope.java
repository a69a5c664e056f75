package org.dianmifeng.console.party;

/** What a points ranking is per: a work-unit branch, or a community. */
public enum RankingScope {
    BRANCH,
    COMMUNITY
}
