package org.dianmifeng.console.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The clean-up of values as Excel and WPS leave them: invisible characters (zero-width spaces, byte-order marks,
 * no-break and ideographic spaces, control characters) removed; codes (ID numbers, phones, dates, numbers of units,
 * employees and volunteers) also with full-width digits and letters made half-width and no spaces inside.
 */
public final class Values {
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\u00AD\\u200B-\\u200F\\u2028-\\u202F\\u2060-\\u206F\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern EXPONENT = Pattern.compile("\\d+(\\.\\d+)?[eE]\\+?\\d+");
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]");

    private Values() {
    }

    /** Text as typed without invisible characters, runs of spaces as one, trimmed; null when nothing is left. */
    public static String text(String raw) {
        if (raw == null) {
            return null;
        }
        // most cells have nothing to remove: the profile of a 20,000-row preview put the regular expressions first
        return tidy(raw) ? raw : cleaned(raw);
    }

    /** {@link #text} by the regular expressions, for any text. */
    static String cleaned(String raw) {
        String s = SPACES.matcher(INVISIBLE.matcher(raw.replace('\t', ' ').replace('\n', ' ')).replaceAll(""))
                .replaceAll(" ").strip();
        return s.isEmpty() ? null : s;
    }

    /** A code: {@link #text} with full-width characters made half-width and every space removed; null when empty. */
    public static String code(String raw) {
        String s = text(raw);
        if (s == null) {
            return null;
        }
        if (printableAscii(s)) {
            return s;
        }
        s = SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
        return s.isEmpty() ? null : s;
    }

    /**
     * Whether {@link #text} leaves a text as it is: not empty, no invisible character, no space but single ASCII
     * spaces between other characters.
     */
    static boolean tidy(String s) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        char previous = ' ';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' ? previous == ' ' : c < 0x21 || c >= 0x7F && !visible(c)) {
                return false;
            }
            previous = c;
        }
        return previous != ' ';
    }

    /** A character above ASCII that is neither invisible ({@link #INVISIBLE}) nor a space ({@link #SPACES}). */
    private static boolean visible(char c) {
        int type = Character.getType(c);
        return !(type == Character.CONTROL || type == Character.FORMAT || Character.isWhitespace(c)
                || Character.isSpaceChar(c) || c == 0xAD || c >= 0x200B && c <= 0x200F || c >= 0x2028 && c <= 0x202F
                || c >= 0x2060 && c <= 0x206F || c == 0xFEFF);
    }

    /** Whether every character is printable ASCII without a space: NFKC leaves such a code as it is. */
    private static boolean printableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** Whether a text is a number as Excel shows a long one, 3.20281E+17: its last digits are gone. */
    public static boolean exponent(String code) {
        return code != null && EXPONENT.matcher(code).matches();
    }

    /** A header as compared with the names of columns: half-width, lower case, without remarks in brackets, stars or spaces. */
    public static String headerKey(String header) {
        String s = text(header);
        if (s == null) {
            return "";
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(BRACKETED.matcher(s).replaceAll("")).replaceAll("");
    }
}
