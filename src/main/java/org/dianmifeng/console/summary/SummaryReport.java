package org.dianmifeng.console.summary;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.report.ReportPipeline;
import org.dianmifeng.console.unit.UnitScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the 年度工作总结 ({@link AnnualSummary}) of a year for the whole company or one unit and the units below
 * it. Needs SUMMARY_REPORT (it lists the party members of every branch). Streams: the workbook keeps only a few
 * rows in memory and the member rows come from a cursor, so a year of a million service records fits a small
 * heap. Safe to call from a background job: it reads, builds, then replaces the file at once, leaving no file
 * (and no temporary file) behind when it fails or is cancelled.
 */
public final class SummaryReport {
    private static final Logger LOG = LoggerFactory.getLogger(SummaryReport.class);
    private final Database db;
    private final Clock clock;

    public SummaryReport(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What was written: the file and its sheets. */
    public record Written(Path file, int sheets) {
    }

    /**
     * Writes the summary of {@code year} for the unit with code {@code unitCodeOrNull} (null or blank: the whole
     * company) to {@code out}, worded in the language of {@code m}.
     *
     * @throws org.dianmifeng.console.core.AccessDeniedException without SUMMARY_REPORT
     * @throws ConsoleException if {@code out} is a folder, naming an unknown unit code, naming the year if nothing
     *                          is dated in it (no service record, appraisal, case referred or handed over, honour,
     *                          team join, approved volunteer hours or star level granted: {@link
     *                          YearFigures#hasYearData}), naming the file if it cannot be written
     */
    public Written write(Session who, int year, String unitCodeOrNull, Path out, Messages m, Progress p) {
        who.require(Permission.SUMMARY_REPORT);
        ReportPipeline.Saved<Integer> saved = ReportPipeline.write(out, p, progress ->
                ReportPipeline.streamed(AnnualSummary.WINDOW, wb -> db.snapshot(dsl -> {
                    SummaryStore store = new SummaryStore(dsl);
                    UnitScope scope = store.scope(unitCodeOrNull);
                    SummaryStore.Counts counts = store.counts(scope, year);
                    if (!counts.figures().hasYearData()) {
                        throw scope.unit() == null
                                ? new ConsoleException("error.summary.noData", String.valueOf(year))
                                : new ConsoleException("error.summary.noDataForUnit", String.valueOf(year),
                                        scope.unit().name());
                    }
                    return new AnnualSummary(m, LocalDate.now(clock)).fill(wb, store, counts, progress);
                })));
        LOG.info("{} wrote the annual summary of {} ({} sheets) to {}", who.username(), year, saved.result(),
                saved.file());
        return new Written(saved.file(), saved.result());
    }
}
