package org.dianmifeng.console.site;

/** Whether a site receives people: open, suspended for a while (renovation, season), or closed for good. */
public enum SiteStatus {
    OPEN,
    SUSPENDED,
    CLOSED
}
