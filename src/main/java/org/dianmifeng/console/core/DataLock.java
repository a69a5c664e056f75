package org.dianmifeng.console.core;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock of one data folder's database: held by the process that has it open, from before anything a crash left
 * is repaired until the database is closed, so that a second console never repairs, restores or creates under a
 * running one. The operating system releases it when the process ends, killed or not.
 */
public final class DataLock implements AutoCloseable {
    static final String FILE = "console.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private DataLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of the data folder's database, or refuses: the folder is in use by another console. */
    public static DataLock acquire(Path dataDir) {
        Path dir = Database.fileIn(dataDir.toAbsolutePath()).getParent();
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(dataDir, null);
            }
            return new DataLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw inUse(dataDir, e);
        } catch (IOException e) {
            close(channel);
            throw new ConsoleException("error.databaseOpen", e, dir);
        } catch (ConsoleException e) {
            close(channel);
            throw e;
        }
    }

    private static ConsoleException inUse(Path dataDir, Throwable cause) {
        return new ConsoleException("error.databaseInUse", cause, dataDir.toAbsolutePath());
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing held
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel's close releases it too
        }
        close(channel);
    }
}
