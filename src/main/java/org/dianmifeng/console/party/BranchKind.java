package org.dianmifeng.console.party;

/** The two kinds of party branch (党支部): a work-unit branch belongs to a unit, a community branch to a community. */
public enum BranchKind {
    WORK_UNIT,
    COMMUNITY
}
