package org.dianmifeng.console.core;

public enum Gender {
    MALE,
    FEMALE
}
