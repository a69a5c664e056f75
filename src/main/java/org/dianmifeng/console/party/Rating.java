package org.dianmifeng.console.party;

/** The rating on a quarterly feedback card (登记卡): 好, 较好, 一般, 差. */
public enum Rating {
    GOOD,
    FAIRLY_GOOD,
    AVERAGE,
    POOR
}
