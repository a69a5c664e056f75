package org.dianmifeng.console.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;

/** Folders and their contents on disk. */
public final class Trees {
    private Trees() {
    }

    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    /**
     * Makes a file or folder readable and writable by its owner only (folders: rwx------, files: rw-------). Where
     * the file system has no POSIX permissions (Windows), nothing: there the data folder inherits the ACL of the
     * user's profile, where it lives by default.
     */
    public static void ownerOnly(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, Files.isDirectory(p) ? OWNER_FOLDER : OWNER_FILE);
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions here
        }
    }

    /** {@link #ownerOnly} for a folder and everything in it; nothing if it is not there. */
    public static void ownerOnlyAll(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.toList()) {
                ownerOnly(p);
            }
        }
    }

    /** Deletes a folder and everything in it; nothing if it is not there. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
