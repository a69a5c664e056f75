package org.dianmifeng.console.core;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Names in the order people count them: a run of digits ({@code 2 < 10}) or of Chinese numerals up to
 * 九十九 ({@code 第二 < 第十 < 第十一}) compares by its value, the rest of the text as the Chinese collator
 * orders it. {@code 第一网格, 第二网格, … 第十网格, 第十一网格} and {@code 1号楼, 2号楼, 10号楼} come out as counted.
 * The one comparator for grids, communities and branches wherever they are listed or offered.
 */
public final class NaturalOrder implements Comparator<String> {
    /** Nulls last. */
    public static final Comparator<String> TEXT = Comparator.nullsLast(new NaturalOrder());
    private static final String DIGITS = "零一二三四五六七八九";
    private final Collator collator = Collator.getInstance(Locale.CHINA);

    private NaturalOrder() {
        collator.setStrength(Collator.SECONDARY); // "grid 2" and "Grid 10" by their numbers, not their case
    }

    /** Orders records by one of their names, e.g. {@code NaturalOrder.by(Grid::name)}. */
    public static <T> Comparator<T> by(Function<? super T, String> name) {
        return Comparator.comparing(name, TEXT);
    }

    /** A copy of {@code items} in the natural order of their names (a store's list, read by name in SQL's order). */
    public static <T> java.util.List<T> sorted(java.util.List<T> items, Function<? super T, String> name) {
        java.util.List<T> out = new java.util.ArrayList<>(items);
        out.sort(by(name));
        return out;
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            Number x = number(a, i);
            Number y = number(b, j);
            if (x != null && y != null) {
                if (x.value() != y.value()) {
                    return Long.compare(x.value(), y.value());
                }
                i = x.end();
                j = y.end();
                continue;
            }
            int ei = x != null ? x.end() : textEnd(a, i);
            int ej = y != null ? y.end() : textEnd(b, j);
            int c = collator.compare(a.substring(i, ei), b.substring(j, ej));
            if (c != 0) {
                return c;
            }
            i = ei;
            j = ej;
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private record Number(long value, int end) {
    }

    /** The number that starts at {@code at}: ASCII digits, or Chinese numerals up to 九十九; null if none starts there. */
    private static Number number(String s, int at) {
        int end = at;
        if (isDigit(s.charAt(at))) {
            long value = 0;
            while (end < s.length() && isDigit(s.charAt(end))) {
                value = Math.min(value * 10 + (s.charAt(end) - '0'), Long.MAX_VALUE / 10);
                end++;
            }
            return new Number(value, end);
        }
        // [一-九]?十[一-九]? or a single 零-九
        int tens = -1;
        int units = -1;
        if (end < s.length() && DIGITS.indexOf(s.charAt(end)) >= 0) {
            units = DIGITS.indexOf(s.charAt(end));
            end++;
        }
        if (end < s.length() && s.charAt(end) == '十') {
            tens = units < 0 ? 1 : units;
            units = 0;
            end++;
            if (end < s.length() && DIGITS.indexOf(s.charAt(end)) > 0) {
                units = DIGITS.indexOf(s.charAt(end));
                end++;
            }
        }
        if (end == at) {
            return null;
        }
        return new Number(Math.max(tens, 0) * 10L + Math.max(units, 0), end);
    }

    private static int textEnd(String s, int from) {
        int end = from;
        while (end < s.length() && number(s, end) == null) {
            end++;
        }
        return end;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
