package org.dianmifeng.console.honour;

/** The level of an honour, in the order reports list them: national first. */
public enum HonourLevel {
    NATIONAL,
    PROVINCIAL,
    CITY,
    COUNTY,
    COMPANY
}
