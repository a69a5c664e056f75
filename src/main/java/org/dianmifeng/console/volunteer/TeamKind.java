package org.dianmifeng.console.volunteer;

/** 共产党员服务队, 青年志愿服务队, 职工志愿服务队, or another kind of service team. */
public enum TeamKind {
    PARTY_MEMBER,
    YOUTH,
    STAFF,
    OTHER
}
