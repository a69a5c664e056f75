package org.dianmifeng.console.aidcase;

/** A photo of the room before or after the renovation. */
public enum PhotoKind {
    BEFORE,
    AFTER
}
