package org.dianmifeng.console.ui;

import java.math.BigDecimal;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Texts;

/** Reads the numbers typed into forms; what is not a number becomes a problem beside its field. */
public final class FormNumbers {
    private FormNumbers() {
    }

    /** The decimal typed, or null if empty (the service says it is required) or not a number (a problem added). */
    public static BigDecimal decimal(String text, Checks checks, String field, String key) {
        String t = Texts.clean(text);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t.replace('＋', '+').replace('－', '-'));
        } catch (NumberFormatException e) {
            checks.add(field, key);
            return null;
        }
    }

    /** The whole number typed, or null if empty (the service says it is required) or not one (a problem added). */
    public static Integer integer(String text, Checks checks, String field) {
        String t = Texts.clean(text);
        if (t == null) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            checks.add(field, "error.work.numberNeeded");
            return null;
        }
    }
}
