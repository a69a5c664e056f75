package org.dianmifeng.console.party;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.report.ReportPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the 民主评议党员结果汇总表 ({@link AppraisalResultTable}) of a year for one work-unit branch or
 * for every one (a sheet per branch that has appraisals that year). A party secretary gets their own
 * branch only. Safe to call from a background job: it reads, builds, then replaces the file at once.
 */
public final class AppraisalReport {
    private static final Logger LOG = LoggerFactory.getLogger(AppraisalReport.class);
    private final Database db;
    private final Clock clock;

    public AppraisalReport(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What was written: the file, the branches (sheets) and the members (rows). */
    public record Written(Path file, int branches, int rows) {
    }

    /**
     * Writes the table of {@code year} for the work-unit branch {@code branchCodeOrNull} (null: every
     * work-unit branch the session may see) to {@code out}, worded in the language of {@code messages}.
     *
     * @throws ConsoleException naming the branch code if no branch has it or it is not a work-unit
     *                          branch, the branch if a secretary asks for another one, the year (and
     *                          branch) if there are no appraisals, the file if it cannot be written
     */
    public Written write(Session who, int year, String branchCodeOrNull, Path out, Messages messages, Progress progress) {
        ReportPipeline.Saved<Loaded> saved = ReportPipeline.write(out, progress, p -> {
            Loaded loaded = db.snapshot(dsl -> load(new AppraisalReportStore(dsl),
                    new PartyScopeStore(dsl, today()).scope(who), PartySettings.rules(dsl), year, branchCodeOrNull,
                    messages));
            AppraisalResultTable table = new AppraisalResultTable(messages, loaded.rules(), year, today());
            return new ReportPipeline.Built<>(table.build(loaded.parts(), p), loaded);
        });
        List<AppraisalResultTable.Part> parts = saved.result().parts();
        int rows = parts.stream().mapToInt(part -> part.lines().size()).sum();
        LOG.info("{} wrote the appraisal result table of {} ({} branches, {} members) to {}", who.username(), year,
                parts.size(), rows, saved.file());
        return new Written(saved.file(), parts.size(), rows);
    }

    private record Loaded(AppraisalRules rules, List<AppraisalResultTable.Part> parts) {
    }

    private static Loaded load(AppraisalReportStore store, PartyScope scope, AppraisalRules rules, int year,
                               String branchCode, Messages messages) {
        String yearText = String.valueOf(year);
        List<AppraisalResultTable.Part> parts = new ArrayList<>();
        if (branchCode != null && !branchCode.isBlank()) {
            String code = branchCode.strip();
            AppraisalResultTable.Branch branch = store.branch(code)
                    .orElseThrow(() -> new ConsoleException("error.report.unknownBranch", code));
            if (branch.kind() != BranchKind.WORK_UNIT) {
                throw new ConsoleException("error.report.notWorkUnitBranch", code, branch.name());
            }
            if (!scope.coversWorkUnitBranch(branch.id())) {
                throw new ConsoleException("error.report.notYourBranch", branch.name());
            }
            List<AppraisalResultTable.Line> lines = store.lines(branch.id(), year, scope);
            if (lines.isEmpty()) {
                throw new ConsoleException("error.report.noAppraisals", yearText, branch.name());
            }
            parts.add(new AppraisalResultTable.Part(branch, lines));
        } else {
            List<AppraisalResultTable.Branch> branches = store.workUnitBranches().stream()
                    .filter(b -> scope.coversWorkUnitBranch(b.id())).toList();
            if (branches.isEmpty() && !scope.isAll()) {
                throw new ConsoleException("error.report.noBranchOfYours");
            }
            for (AppraisalResultTable.Branch b : branches) {
                List<AppraisalResultTable.Line> lines = store.lines(b.id(), year, scope);
                if (!lines.isEmpty()) {
                    parts.add(new AppraisalResultTable.Part(b, lines));
                }
            }
            if (parts.isEmpty()) {
                throw new ConsoleException("error.report.noAppraisals", yearText,
                        branches.size() == 1 ? branches.get(0).name() : messages.text("report.appraisal.allBranches"));
            }
        }
        return new Loaded(rules, parts);
    }
}
