package org.dianmifeng.console.aidcase;

/** What was done with a child's identity: shown on screen (REVEAL) or written to a file (EXPORT). */
public enum IdentityAction {
    REVEAL,
    EXPORT
}
