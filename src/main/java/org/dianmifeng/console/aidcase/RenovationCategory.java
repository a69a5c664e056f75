package org.dianmifeng.console.aidcase;

/** What a renovation item is for. */
public enum RenovationCategory {
    FURNITURE,
    LIGHTING,
    WIRING,
    PAINTING,
    BEDDING,
    STUDY_SUPPLIES,
    OTHER
}
