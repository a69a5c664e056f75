package org.dianmifeng.console.certificate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of a certificate: {@code DMF-ZM-<year of issue>-<six digits>}, e.g. {@code DMF-ZM-2026-000123}
 * (DMF: 电蜜蜂, ZM: 证明). Numbered through within a year from 000001, in the order issued, without gaps; a revoked
 * certificate keeps its number, which is never given again (the register keeps every row).
 */
public final class CertificateNumber {
    public static final String PREFIX = "DMF-ZM-";
    private static final Pattern FORM = Pattern.compile("DMF-ZM-(\\d{4})-(\\d{6})");

    private CertificateNumber() {
    }

    /** The number {@code sequence} of {@code year}. */
    public static String of(int year, int sequence) {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("sequence " + sequence);
        }
        return String.format("%s%04d-%06d", PREFIX, year, sequence);
    }

    /** The beginning every number of {@code year} shares: {@code DMF-ZM-2026-}. */
    public static String yearPrefix(int year) {
        return String.format("%s%04d-", PREFIX, year);
    }

    /** The sequence of a number of this form, or 0 for any other text. */
    public static int sequence(String number) {
        Matcher m = number == null ? null : FORM.matcher(number.strip());
        return m != null && m.matches() ? Integer.parseInt(m.group(2)) : 0;
    }

    /** A typed number as stored: trimmed, upper case (dmf-zm-2026-000001 finds DMF-ZM-2026-000001). */
    public static String normalised(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
