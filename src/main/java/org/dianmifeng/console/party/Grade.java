package org.dianmifeng.console.party;

/** The grades of the democratic appraisal, best first: 优秀, 合格, 基本合格, 不合格. Which of them are used is a setting. */
public enum Grade {
    EXCELLENT,
    QUALIFIED,
    BASICALLY_QUALIFIED,
    UNQUALIFIED
}
