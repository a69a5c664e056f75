package org.dianmifeng.console.core;

/** Someone else changed the record since it was read (optimistic locking). */
public final class StaleDataException extends ConsoleException {
    public StaleDataException() {
        super("error.staleData");
    }
}
