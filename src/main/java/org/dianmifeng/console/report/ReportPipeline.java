package org.dianmifeng.console.report;

import java.nio.file.Path;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dianmifeng.console.core.Progress;

/**
 * The one way a report is written, whatever asks for it (a screen, the reports page, the command line): the
 * report's service checks the permission, then hands the pipeline the output path and a {@link Build}; the
 * pipeline refuses a folder, checks cancel, runs the build (which reads, streamed where the report streams, and
 * fills the workbook), saves the workbook whole or not at all ({@link ReportFile}) and disposes of it, saved or
 * not. Cancel is cooperative: {@link Progress#checkCancelled} between steps, never an interrupt (H2 can corrupt a
 * file when a thread in SQL is interrupted). A new report is one builder and one {@code write} call.
 */
public final class ReportPipeline {
    private ReportPipeline() {
    }

    /** Reads what a report needs and builds its workbook; checks {@code progress} for cancel between steps. */
    @FunctionalInterface
    public interface Build<R> {
        Built<R> build(Progress progress);
    }

    /** A built workbook and what it holds (e.g. the number of rows), for the caller's notice. */
    public record Built<R>(Workbook workbook, R result) {
    }

    /** What was saved: the absolute file and what the build said it holds. */
    public record Saved<R>(Path file, R result) {
    }

    /**
     * Writes the report that {@code build} makes to {@code out}: refuses a folder before anything is read,
     * stops with {@link Progress.CancelledException} when asked (no file left behind), replaces {@code out} only
     * when the workbook is complete, and refuses a file that cannot be written, naming it.
     */
    public static <R> Saved<R> write(Path out, Progress progress, Build<R> build) {
        Path target = ReportFile.target(out);
        progress.checkCancelled();
        Built<R> built = build.build(progress);
        boolean saved = false;
        try {
            progress.checkCancelled();
            ReportFile.saveReport(built.workbook(), target, progress);
            saved = true;
        } finally {
            ReportFile.dispose(built.workbook(), saved);
        }
        return new Saved<>(target, built.result());
    }

    /**
     * A streaming workbook keeping {@code window} rows of a sheet in memory, filled by {@code fill} (which may
     * read from the database as it writes): the workbook is disposed of when filling fails or is cancelled.
     */
    public static <R> Built<R> streamed(int window, Function<SXSSFWorkbook, R> fill) {
        SXSSFWorkbook wb = new SXSSFWorkbook(window);
        boolean filled = false;
        try {
            wb.setCompressTempFiles(true);
            R result = fill.apply(wb);
            filled = true;
            return new Built<>(wb, result);
        } finally {
            if (!filled) {
                ReportFile.dispose(wb, false);
            }
        }
    }
}
