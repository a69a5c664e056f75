package org.dianmifeng.console.site;

/**
 * The kinds of the "1+N" practice network (阵地): the one base and the six kinds of station, in the order lists show them.
 */
public enum SiteKind {
    /** 新时代文明实践基地: the "1" of "1+N". */
    BASE,
    /** 新时代文明实践站. */
    PRACTICE_STATION,
    /** 电蜜蜂小站: customer power service. */
    BEE_STATION,
    /** 电蜜蜂驿站: a rest stop for outdoor workers (water, rest, phone charging). */
    BEE_POST,
    /** 电蜜蜂能源小站: energy-efficiency service. */
    ENERGY_STATION,
    /** 电蜜蜂工作站: varied community needs. */
    WORK_STATION,
    /** 新时代文明实践点. */
    PRACTICE_POINT
}
