package org.dianmifeng.console.unit;

/** Levels of the company tree: city company, county companies, district service centres, supply stations, departments. */
public enum UnitKind {
    CITY,
    COUNTY,
    CENTRE,
    STATION,
    DEPARTMENT
}
