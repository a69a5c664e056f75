package org.dianmifeng.console.volunteer;

import java.math.BigDecimal;

/** A volunteer's approved service in one year: the activities served and the hours (one decimal). */
public record VolunteerYear(int year, int activities, BigDecimal hours) {
}
