package org.dianmifeng.console.core;

/** What long work reports as it goes and asks to know whether to stop (cooperative cancel, never an interrupt). */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void update(long done, long total);

    boolean cancelled();

    /** Throws {@link CancelledException} if the user asked to stop; long loops call it between steps. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancelledException();
        }
    }

    final class CancelledException extends ConsoleException {
        public CancelledException() {
            super("error.cancelled");
        }
    }
}
