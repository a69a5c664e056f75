package org.dianmifeng.console.app;

/**
 * Starts the console: with no command, the window on the data folder; with a command, that
 * command without a window. A plain class, not an Application, so that JavaFX on the class path starts.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = Cli.runAsProcess(args);
        if (code != Cli.START_WINDOW) {
            System.exit(code);
        }
    }
}
