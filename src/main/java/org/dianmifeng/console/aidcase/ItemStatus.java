package org.dianmifeng.console.aidcase;

/** Where a renovation item stands. */
public enum ItemStatus {
    PLANNED,
    BOUGHT,
    INSTALLED
}
