package org.dianmifeng.console.core;

/** Mainland mobile numbers: eleven digits, starting 13 to 19. */
public final class Phones {
    private Phones() {
    }

    public static String normalize(String raw) {
        return raw == null ? null : raw.replaceAll("[\\s-]", "");
    }

    public static boolean isMobile(String phone) {
        return phone != null && phone.matches("1[3-9]\\d{9}");
    }
}
