package org.dianmifeng.console.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dianmifeng.console.core.Trees;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's version (x.y.z, from the jar's manifest; "dev" when run from the classes of a checkout) and the
 * version that last opened a data folder, kept in {@code <data folder>/console.version}: after an upgrade the
 * console says which version it came from.
 */
final class ConsoleVersion {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleVersion.class);
    static final String FILE = "console.version";

    private ConsoleVersion() {
    }

    /** This console's version: the one {@code --version}, the About dialog and the package show. */
    static String current() {
        String v = ConsoleVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * Records {@code current} as the version that opened {@code folder} last, and returns the version recorded
     * before if it was another one (the console was upgraded, or went back); empty for a folder no console recorded
     * in yet (a new one, or one of a release before this file). A folder that cannot be written only logs.
     */
    static Optional<String> recordOpenedBy(Path folder, String current) {
        Path file = folder.resolve(FILE);
        String before = null;
        try {
            if (Files.isRegularFile(file)) {
                before = Files.readString(file).strip();
            }
            if (!current.equals(before)) {
                Files.writeString(file, current + System.lineSeparator());
                Trees.ownerOnly(file);
            }
        } catch (IOException e) {
            LOG.warn("Could not record the console version in {}", file, e);
        }
        return before == null || before.isEmpty() || before.equals(current) ? Optional.empty() : Optional.of(before);
    }
}
