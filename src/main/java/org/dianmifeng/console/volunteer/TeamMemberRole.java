package org.dianmifeng.console.volunteer;

/** A member's place in a team: 队长, 副队长, 队员. */
public enum TeamMemberRole {
    CAPTAIN,
    DEPUTY,
    MEMBER
}
