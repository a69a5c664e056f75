package org.dianmifeng.console.party;

/** A rule that moved a proposed grade below the grade of its score; each is explained to the secretary. */
public enum GradeRule {
    EXCELLENT_CAP,
    NEVER_REPORTED
}
