package org.dianmifeng.console.core;

/** Clean-up of text that people type. */
public final class Texts {
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
}
