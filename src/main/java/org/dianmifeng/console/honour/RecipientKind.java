package org.dianmifeng.console.honour;

/** Who received an honour. Sites and projects join when those areas exist. */
public enum RecipientKind {
    UNIT,
    TEAM,
    PERSON
}
