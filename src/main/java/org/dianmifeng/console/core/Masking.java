package org.dianmifeng.console.core;

/** How identity numbers and phones look to a role that may not see them: the middle starred out. */
public final class Masking {
    private Masking() {
    }

    /** {@code 320281199001011234} becomes {@code 320281********1234}. */
    public static String idNumber(String id) {
        return keepEnds(id, 6, 4);
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
