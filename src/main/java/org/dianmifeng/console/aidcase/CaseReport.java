package org.dianmifeng.console.aidcase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.report.ReportFile;
import org.dianmifeng.console.report.ReportPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The case reports: the pseudonymised register ({@link CaseRegister}) for anyone signed in, and the summary
 * of one case with the child's identity ({@link CaseSummary}) for case officers only, logged as an EXPORT of
 * identity. Safe to call from a background job: each reads, builds, then replaces the file at once, leaving
 * an existing file untouched when anything fails. No message or log line names a child; files are named by path.
 */
public final class CaseReport {
    private static final Logger LOG = LoggerFactory.getLogger(CaseReport.class);
    private final Database db;
    private final Clock clock;

    public CaseReport(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What was written: the file and the cases in it. */
    public record Written(Path file, int cases) {
    }

    /**
     * Writes the register of every case (pseudonymised: no identity in any column) to {@code out}, worded in
     * the language of {@code messages}. Any signed-in role may.
     *
     * @throws ConsoleException if there are no cases, or naming the file if it cannot be written
     */
    public Written register(Session who, Path out, Messages messages, Progress progress) {
        LocalDate today = LocalDate.now(clock);
        ReportPipeline.Saved<Integer> saved = ReportPipeline.write(out, progress, p -> {
            List<CaseRegister.Line> lines = db.snapshot(dsl -> new CaseReportStore(dsl).registerLines(today));
            if (lines.isEmpty()) {
                throw new ConsoleException("error.casereport.noCases");
            }
            return new ReportPipeline.Built<>(new CaseRegister(messages, today).build(lines, p), lines.size());
        });
        LOG.info("{} wrote the case register ({} cases) to {}", who.username(), saved.result(), saved.file());
        return new Written(saved.file(), saved.result());
    }

    /**
     * Writes the summary of case {@code caseId} with the child's identity to {@code out}. Only a case officer
     * (CASE_IDENTITY; not the administrator) may, with a reason; the export is logged in the identity access
     * log (who, when, which case, why) in the same transaction as the read, before the file is written.
     *
     * @throws org.dianmifeng.console.core.AccessDeniedException without CASE_IDENTITY (nothing read or logged)
     * @throws org.dianmifeng.console.core.ValidationException    on field {@code casereport.reason}: blank or too long
     * @throws ConsoleException for an unknown case or a file that cannot be written
     */
    public Written summary(Session who, long caseId, String reason, Path out, Messages messages, Progress progress) {
        who.require(Permission.CASE_IDENTITY);
        String why = IdentityAccess.requireReason("casereport.reason", reason);
        Path target = ReportFile.target(out);
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new ConsoleException("error.casereport.folder", folder == null ? target : folder);
        }
        LocalDateTime at = LocalDateTime.now(clock);
        ReportPipeline.Saved<String> saved = ReportPipeline.write(target, progress, p -> {
            CaseSummary.Data data = db.transaction(dsl -> {
                CaseReportStore store = new CaseReportStore(dsl);
                CaseSummary.Data d = store.summary(caseId).orElseThrow(() ->
                        new ConsoleException("error.casereport.unknownCase", String.valueOf(caseId)));
                new IdentityStore(dsl).insert(IdentityAccess.of(at, who.username(), IdentityAction.EXPORT, caseId,
                        why));
                return d;
            });
            return new ReportPipeline.Built<>(new CaseSummary(messages, at.toLocalDate())
                    .build(data, who.displayName(), at, why), data.aidCase().code());
        });
        LOG.info("{} exported the identity of case {} to {}", who.username(), saved.result(), saved.file());
        return new Written(saved.file(), 1);
    }
}
