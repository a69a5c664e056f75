package org.dianmifeng.console.core;

/** The check after an update or delete guarded by {@code WHERE VERSION = ?}. */
public final class Optimistic {
    private Optimistic() {
    }

    /** Throws {@link StaleDataException} when the guarded statement touched no row. */
    public static void requireUpdated(int rows) {
        if (rows == 0) {
            throw new StaleDataException();
        }
    }
}
