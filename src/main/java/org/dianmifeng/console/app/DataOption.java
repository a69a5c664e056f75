package org.dianmifeng.console.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} of a command that works on a data folder without a window, mixed into each. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", descriptionKey = "backup.data")
    Path data;

    /** The folder named here, else the one named before the command, else the default. */
    DataFolder folder(Cli parent) {
        if (data != null) {
            parent.data = data;
        }
        return parent.folder();
    }
}
