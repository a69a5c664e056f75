package org.dianmifeng.console.app;

import java.nio.file.Path;

/** The data folder: database, logs and window preferences. Default {@code ~/.bee-console}. */
public record DataFolder(Path path) {
    public static DataFolder defaultFolder() {
        return new DataFolder(Path.of(System.getProperty("user.home"), ".bee-console"));
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
