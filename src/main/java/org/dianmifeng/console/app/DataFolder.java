package org.dianmifeng.console.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data folder: database, logs and window preferences. Default {@code ~/.bee-console}; on Windows
 * {@code %APPDATA%\BeeConsole} (a folder of the user's roaming profile, which no installer touches), unless a
 * {@code ~/.bee-console} is already there (a console run from a checkout made it: its data stays where it is).
 */
public record DataFolder(Path path) {
    public static DataFolder defaultFolder() {
        return new DataFolder(defaultPath(System.getProperty("os.name"), System.getenv("APPDATA"),
                Path.of(System.getProperty("user.home"))));
    }

    static Path defaultPath(String osName, String appData, Path home) {
        Path dotted = home.resolve(".bee-console");
        boolean windows = osName != null && osName.startsWith("Windows");
        if (windows && appData != null && !appData.isBlank() && !Files.exists(dotted)) {
            return Path.of(appData, "BeeConsole");
        }
        return dotted;
    }

    public Path logs() {
        return path.resolve("logs");
    }

    /** The temporary files of the processes working on this folder (see {@link PrivateTemp}). */
    public Path temp() {
        return path.resolve("tmp");
    }

    public Path preferences() {
        return path.resolve("window.properties");
    }
}
