package org.dianmifeng.console.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The 18-digit resident identity number of GB 11643: a six-digit region code, the birth date, a
 * sequence number whose last digit is odd for men and even for women, and a check digit computed
 * over the first seventeen (ISO 7064 MOD 11-2).
 */
public final class ResidentId {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");

    private ResidentId() {
    }

    /** Upper-cases a trailing x and trims blanks, as people type them. */
    public static String normalize(String raw) {
        return raw == null ? null : raw.trim().toUpperCase();
    }

    public static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** The first seventeen characters with their check digit appended. */
    public static String withCheckDigit(String first17) {
        return first17 + checkDigit(first17);
    }

    /**
     * What is wrong with a number, as a bundle key, or empty if it is well formed: length and
     * characters, region, birth date, check digit.
     */
    public static Optional<String> problem(String id) {
        if (id == null || !id.matches("\\d{17}[\\dX]")) {
            return Optional.of("error.idNumber.format");
        }
        if (!PROVINCES.contains(id.substring(0, 2))) {
            return Optional.of("error.idNumber.region");
        }
        if (birthDate(id).isEmpty()) {
            return Optional.of("error.idNumber.birthDate");
        }
        if (checkDigit(id.substring(0, 17)) != id.charAt(17)) {
            return Optional.of("error.idNumber.checkDigit");
        }
        return Optional.empty();
    }

    public static Optional<LocalDate> birthDate(String id) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
            return date.getYear() < 1900 ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    public static Gender gender(String id) {
        return (id.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }
}
