package org.dianmifeng.console.core;

import java.util.regex.Pattern;

/** Mainland mobile numbers: eleven digits, starting 13 to 19. */
public final class Phones {
    // compiled once: the forms and every row of an import check numbers with them
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private Phones() {
    }

    public static String normalize(String raw) {
        return raw == null ? null : SEPARATORS.matcher(raw).replaceAll("");
    }

    /**
     * What is wrong with an optional (normalized) mobile number, as a bundle key taking the length as
     * argument: characters other than digits, a length other than 11, or a start other than 13 to 19.
     */
    public static java.util.Optional<String> problem(String mobile) {
        if (mobile == null) {
            return java.util.Optional.empty();
        }
        if (!DIGITS.matcher(mobile).matches()) {
            return java.util.Optional.of("error.mobile.chars");
        }
        if (mobile.length() != 11) {
            return java.util.Optional.of("error.mobile.length");
        }
        return isMobile(mobile) ? java.util.Optional.empty() : java.util.Optional.of("error.mobile.prefix");
    }

    public static boolean isMobile(String phone) {
        return phone != null && MOBILE.matcher(phone).matches();
    }
}
