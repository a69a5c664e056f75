package org.dianmifeng.console.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The 18-digit identity numbers built like the citizen number of GB 11643: a six-digit region part, the
 * birth date, a sequence number whose last digit is odd for men and even for women, and a check digit
 * computed over the first seventeen (ISO 7064 MOD 11-2). Three kinds share that shape ({@link Kind}):
 * <ul>
 * <li>the citizen number of the resident identity card: the region code of GB/T 2260 (province 11 to 65,
 *     or 71);</li>
 * <li>the number of the residence permit of Hong Kong, Macao and Taiwan residents (港澳台居民居住证, since
 *     2018): region part 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan);</li>
 * <li>the number of the foreigner's permanent residence ID card of 2023 (外国人永久居留身份证): 9, the
 *     two-digit code of the province that accepted the application, the three-digit numeric code of the
 *     nationality (GB/T 2659, as ISO 3166-1), then birth date, sequence and check digit as above.</li>
 * </ul>
 * A birth date after today is refused: no card carries one.
 */
public final class ResidentId {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("\\d{17}[\\dX]");
    /** The province-level codes of the mainland, where a citizen number and a permanent residence number come from. */
    private static final Set<String> MAINLAND = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65");
    /** 台湾省 of GB/T 2260, accepted as a citizen number's province as before. */
    private static final String TAIWAN_PROVINCE = "71";
    /** 香港, 澳门, 台湾: a number starting so is a residence permit's, whose region part is always one of {@link #PERMIT_REGIONS}. */
    private static final Set<String> PERMIT_PROVINCES = Set.of("81", "82", "83");
    private static final Set<String> PERMIT_REGIONS = Set.of("810000", "820000", "830000");

    /** What a well-formed number is. */
    public enum Kind {
        /** 居民身份证: the citizen number. */
        CITIZEN,
        /** 港澳台居民居住证 of a Hong Kong or Macao resident (810000, 820000). */
        HONG_KONG_MACAO_RESIDENCE_PERMIT,
        /** 港澳台居民居住证 of a Taiwan resident (830000). */
        TAIWAN_RESIDENCE_PERMIT,
        /** 外国人永久居留身份证 of 2023 (first digit 9). */
        FOREIGN_PERMANENT_RESIDENCE
    }

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

    /** {@link #problem(String, LocalDate)} as of today by the system clock. */
    public static Optional<String> problem(String id) {
        return problem(id, LocalDate.now());
    }

    /**
     * What is wrong with a number, as a bundle key, or empty if it is well formed as of {@code today}: length
     * and characters, region part (of its kind), birth date (a real date, not after today), check digit.
     */
    public static Optional<String> problem(String id, LocalDate today) {
        if (id == null || !FORM.matcher(id).matches()) {
            return Optional.of("error.idNumber.format");
        }
        Optional<String> region = regionProblem(id);
        if (region.isPresent()) {
            return region;
        }
        Optional<LocalDate> born = birthDate(id);
        if (born.isEmpty()) {
            return Optional.of("error.idNumber.birthDate");
        }
        if (born.get().isAfter(today)) {
            return Optional.of("error.idNumber.futureBirthDate");
        }
        if (checkDigit(id.substring(0, 17)) != id.charAt(17)) {
            return Optional.of("error.idNumber.checkDigit");
        }
        return Optional.empty();
    }

    private static Optional<String> regionProblem(String id) {
        String province = id.substring(0, 2);
        if (id.charAt(0) == '9') {
            return MAINLAND.contains(id.substring(1, 3)) ? Optional.empty() : Optional.of("error.idNumber.foreignRegion");
        }
        if (PERMIT_PROVINCES.contains(province)) {
            return PERMIT_REGIONS.contains(id.substring(0, 6)) ? Optional.empty() : Optional.of("error.idNumber.permitRegion");
        }
        return MAINLAND.contains(province) || province.equals(TAIWAN_PROVINCE)
                ? Optional.empty() : Optional.of("error.idNumber.region");
    }

    /** The kind of a number that {@link #problem} accepts (of any other, the kind its first digits suggest). */
    public static Kind kind(String id) {
        if (id.startsWith("9")) {
            return Kind.FOREIGN_PERMANENT_RESIDENCE;
        }
        if (id.startsWith("83")) {
            return Kind.TAIWAN_RESIDENCE_PERMIT;
        }
        if (id.startsWith("81") || id.startsWith("82")) {
            return Kind.HONG_KONG_MACAO_RESIDENCE_PERMIT;
        }
        return Kind.CITIZEN;
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
