package org.dianmifeng.console.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} of a command that works on an existing data folder without a window (reports, backups), mixed into each. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", descriptionKey = "data.folder")
    void data(Path folder) {
        data = folder;
        Cli.dataNamed(folder);
    }

    Path data;

    /** The folder named here, else the one named before the command, else the default. */
    DataFolder folder(Cli parent) {
        if (data != null) {
            parent.data = data;
        }
        return parent.folder();
    }
}
