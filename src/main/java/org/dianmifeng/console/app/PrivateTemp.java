package org.dianmifeng.console.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.dianmifeng.console.core.Trees;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary files of this process (reports waiting to be saved, POI's buffers, backup checks) hold personal
 * data: they go into {@code tmp/<process id>} of the data folder, readable by its owner only, never into a folder
 * that every user of the PC shares. At every start the folders of processes that are gone (killed, or a power
 * cut) are deleted; at a normal exit this process deletes its own.
 */
final class PrivateTemp {
    private static final Logger LOG = LoggerFactory.getLogger(PrivateTemp.class);
    private static final Pattern OWNED = Pattern.compile("(\\d+)(-.*)?");

    private static Path used;

    private PrivateTemp() {
    }

    /** Makes this process's temporary folder in the data folder the one Java and POI use; returns it. */
    static synchronized Path use(DataFolder folder) {
        if (used != null) {
            return used;
        }
        Path root = folder.temp();
        Path mine = root.resolve(String.valueOf(ProcessHandle.current().pid()));
        try {
            createPrivate(root);
            removeLeftovers(root);
            createPrivate(mine);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("java.io.tmpdir", mine.toString());
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(mine.toFile()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Trees.delete(mine);
            } catch (UncheckedIOException e) {
                LOG.warn("Temporary files left in {}; the next start deletes them", mine, e);
            }
        }, "temp-cleanup"));
        used = mine;
        return mine;
    }

    /** Deletes the folders of processes that no longer run. */
    static void removeLeftovers(Path root) throws IOException {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path d : dirs) {
                Matcher m = OWNED.matcher(d.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                    LOG.info("Deleting the temporary files of an ended process: {}", d);
                    Trees.delete(d);
                }
            }
        }
    }

    private static void createPrivate(Path dir) throws IOException {
        Files.createDirectories(dir);
        Trees.ownerOnly(dir);
    }
}
