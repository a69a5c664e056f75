package org.dianmifeng.console.party;

/** The role of an enrolled member in their grid: 网格员, 楼栋长, 志愿者, other. */
public enum GridRole {
    GRID_WORKER,
    BUILDING_LEADER,
    VOLUNTEER,
    OTHER
}
