package org.dianmifeng.console.aidcase;

/** The age band others see instead of a birth date. */
public enum AgeBand {
    UNDER_6,
    FROM_6_TO_11,
    FROM_12_TO_13,
    FROM_14_TO_17;

    /** The band of a child born on {@code birthDate}, on {@code today}; empty for 18 and older. */
    public static java.util.Optional<AgeBand> of(java.time.LocalDate birthDate, java.time.LocalDate today) {
        int age = java.time.Period.between(birthDate, today).getYears();
        return age >= 18 ? java.util.Optional.empty() : java.util.Optional.of(age < 6 ? UNDER_6 : age < 12 ? FROM_6_TO_11
                : age < 14 ? FROM_12_TO_13 : FROM_14_TO_17);
    }
}
