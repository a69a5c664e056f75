package org.dianmifeng.console.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File placement of every report and list export: where a workbook goes, written whole or not at all (a temporary
 * file beside the target, moved into place when complete), and the disposal of a workbook afterwards. Knows
 * nothing of cells or print setup.
 */
public final class ReportFile {
    private static final Logger LOG = LoggerFactory.getLogger(ReportFile.class);
    private static final String TEMP_PREFIX = ".export-";
    private static final String TEMP_SUFFIX = ".xlsx.tmp";
    /** rw-r--r--: the permissions of a newly saved file on a POSIX file system. */
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private ReportFile() {
    }

    /**
     * The absolute path a report is written to, refusing a folder ({@code error.report.notAFile}, naming it).
     * The pipeline checks every {@code out} through here before it reads anything.
     */
    public static Path target(Path out) {
        Path target = out.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new ConsoleException("error.report.notAFile", target);
        }
        return target;
    }

    /** Saves a finished report to {@code target} ({@link #save}); a file that cannot be written is refused with {@link #writeFailed}. */
    public static void saveReport(Workbook wb, Path target, Progress progress) {
        try {
            save(wb, target, progress);
        } catch (IOException e) {
            throw writeFailed(target, e);
        }
    }

    /** The refusal of a report file that cannot be written: {@code error.report.write}, naming it and the reason. */
    public static ConsoleException writeFailed(Path target, IOException e) {
        LOG.info("Could not write the report {}: {}", target, e.toString());
        return new ConsoleException("error.report.write", e, target,
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /**
     * Writes a finished workbook into a temporary file beside {@code out} that replaces {@code out} only when
     * complete; on failure or cancel no file is left behind. The file is readable like any other the user saves
     * ({@link #moveIntoPlace}); a failure names {@code out}, never the temporary file.
     */
    public static void save(Workbook wb, Path out, Progress progress) throws IOException {
        Path target = out.toAbsolutePath();
        Path tmp = null;
        boolean done = false;
        try {
            tmp = Files.createTempFile(target.getParent(), TEMP_PREFIX, TEMP_SUFFIX);
            try (OutputStream os = Files.newOutputStream(tmp)) {
                wb.write(os);
            }
            progress.checkCancelled();
            moveIntoPlace(tmp, target);
            done = true;
        } catch (IOException e) {
            throw aboutTarget(e, tmp);
        } finally {
            if (!done && tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Closes a workbook, saved or not; a streaming one also deletes its temporary files ({@code saved}: it was
     * written out whole; after a failure or cancel the rows still in memory are flushed first, so that POI can
     * delete the files they would otherwise keep open).
     */
    public static void dispose(Workbook wb, boolean saved) {
        if (wb instanceof SXSSFWorkbook streamed && !saved) {
            for (int i = 0; i < streamed.getNumberOfSheets(); i++) {
                try {
                    streamed.getSheetAt(i).flushRows();
                } catch (IOException | RuntimeException e) {
                    LOG.debug("Could not flush an abandoned report sheet", e);
                }
            }
        }
        try {
            wb.close();
        } catch (IOException e) {
            LOG.debug("Could not close a report workbook", e);
        }
        if (wb instanceof SXSSFWorkbook streamed) {
            streamed.dispose();
        }
    }

    /** The failure of writing through {@code tmp}, told without the internal temporary file's name. */
    private static IOException aboutTarget(IOException e, Path tmp) {
        String message = e.getMessage();
        if (e instanceof FileSystemException fs) {
            message = fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
        } else if (message == null) {
            message = e.getClass().getSimpleName();
        }
        if (tmp != null) {
            message = message.replace(tmp.toString(), "").strip();
        }
        if (message.contains(TEMP_PREFIX) || message.isEmpty()) {
            message = e.getClass().getSimpleName();
        }
        return message.equals(e.getMessage()) ? e : new IOException(message, e);
    }

    /**
     * Moves a finished temporary file onto {@code target}, atomically where the file system can. On a POSIX file
     * system the file first gets the permissions of the file it replaces, or rw-r--r-- for a new file.
     */
    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (posix != null) {
            Set<PosixFilePermission> perms = NEW_FILE;
            if (Files.exists(target)) {
                try {
                    perms = Files.getPosixFilePermissions(target);
                } catch (IOException | UnsupportedOperationException e) {
                    LOG.debug("Cannot read the permissions of {}", target, e);
                }
            }
            posix.setPermissions(perms);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
