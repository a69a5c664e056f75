package org.dianmifeng.console.core;

/** Clean-up of text that people type. */
public final class Texts {
    /** The escape character of the patterns {@link #likeContaining} makes. */
    public static final char LIKE_ESCAPE = '!';

    private Texts() {
    }

    /** Trimmed text, or null for null or blank. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** Whether {@code haystack} contains {@code needle}, ignoring case; null haystack never does. */
    public static boolean containsIgnoreCase(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase().contains(needle.toLowerCase());
    }

    /** The filter of a list: true when {@code needle} is null (no filter) or one of {@code values} contains it, ignoring case. */
    public static boolean anyContains(String needle, String... values) {
        if (needle == null) {
            return true;
        }
        for (String v : values) {
            if (containsIgnoreCase(v, needle)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The SQL {@code LIKE} pattern of "contains {@code text}" with every character as typed: {@code %} and
     * {@code _} (and the escape character itself) are escaped with {@link #LIKE_ESCAPE}, so that a search box
     * finds a percent sign or an underscore and nothing else. Every store that searches for typed text uses it,
     * as {@code FIELD.like(Texts.likeContaining(text), Texts.LIKE_ESCAPE)} (or {@code likeIgnoreCase}).
     */
    public static String likeContaining(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 8).append('%');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
