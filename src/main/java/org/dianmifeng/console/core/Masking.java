package org.dianmifeng.console.core;

import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.Temporal;

/**
 * Who sees what: the one rule for identity numbers, birth dates and phones of people and for the place of a
 * child, used by every screen, export, report and audit text.
 * <ul>
 * <li>A role with {@link Permission#PERSON_SENSITIVE_VIEW} sees a person's ID number, birth date and mobile in
 *     clear. Any other role sees the ID number as its first 3 and last 2 characters ({@link #idNumber(String)}),
 *     the birth year only, never the full date ({@link #birth}), and a mobile as the national 3+4 mask
 *     ({@link #phone(String)}). With the 8 birth-date digits and the 3 region digits after the first 3 hidden,
 *     a shown ID number next to a shown birth year and gender leaves thousands of valid numbers.</li>
 * <li>Every audit text, whoever reads it, holds ID numbers as {@link #idNumber(String)} and mobiles as
 *     {@link #phone(String)}; it keeps a person's birth date, which with that ID mask still leaves many
 *     candidates (the region and sequence digits are hidden).</li>
 * <li>A child's identity (name, birth date, ID number, village or community (村（社区）), address, school,
 *     guardian and the guardian's phone) is seen only by a role with {@link Permission#CASE_IDENTITY}
 *     ({@link #seesChildIdentity}), and by it only after an explicit reveal with a reason. Everyone else, and a
 *     case officer before a reveal, sees the township (乡镇/街道) and the age band, never the village.</li>
 * </ul>
 */
public final class Masking {
    /** The characters of an ID number kept at the start and at the end when it is masked. */
    public static final int ID_HEAD = 3;
    public static final int ID_TAIL = 2;

    private Masking() {
    }

    /** Whether {@code role} sees people's ID numbers, birth dates and mobiles in clear. */
    public static boolean inClear(Role role) {
        return role.allows(Permission.PERSON_SENSITIVE_VIEW);
    }

    /** Whether {@code role} may see a child's identity, the village included (after an explicit reveal). */
    public static boolean seesChildIdentity(Role role) {
        return role.allows(Permission.CASE_IDENTITY);
    }

    /** An ID number as {@code role} sees it: in clear, or {@link #idNumber(String)}. */
    public static String idNumber(Role role, String id) {
        return inClear(role) ? id : idNumber(id);
    }

    /** A mobile as {@code role} sees it: in clear, or {@link #phone(String)}. */
    public static String phone(Role role, String phone) {
        return inClear(role) ? phone : phone(phone);
    }

    /** A birth date as {@code role} sees it: the date in clear, or only its {@link Year}; null stays null. */
    public static Temporal birth(Role role, LocalDate date) {
        return date == null || inClear(role) ? date : Year.from(date);
    }

    /**
     * A birth date for a record that holds only full dates (an edit form's): the date in clear, or null, which
     * a save of such a record reads as "as stored".
     */
    public static LocalDate birthDate(Role role, LocalDate date) {
        return inClear(role) ? date : null;
    }

    /** {@code 320281199001011234} becomes {@code 320*************34}: what is left of an ID number when masked. */
    public static String idNumber(String id) {
        return keepEnds(id, ID_HEAD, ID_TAIL);
    }

    /** {@code 13812345678} becomes {@code 138****5678}. */
    public static String phone(String phone) {
        return keepEnds(phone, 3, 4);
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
