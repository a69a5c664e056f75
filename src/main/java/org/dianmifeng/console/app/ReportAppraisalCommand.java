package org.dianmifeng.console.app;

import java.util.concurrent.Callable;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.party.AppraisalReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code report appraisal --year YEAR [--branch CODE] --out FILE.xlsx [--data DIR]}: the
 * 民主评议党员结果汇总表 of the data folder's database, written as the system, in the machine's language.
 */
@Command(name = "appraisal", mixinStandardHelpOptions = true)
final class ReportAppraisalCommand implements Callable<Integer> {
    @ParentCommand ReportCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--year", paramLabel = "YEAR", required = true, descriptionKey = "report.year")
    int year;

    @Option(names = "--branch", paramLabel = "CODE", descriptionKey = "report.branch")
    String branch;

    @Mixin ReportFiles files;

    @Override
    public Integer call() {
        ReportCommand.requireYear("--year", year);
        return parent.run(files, spec, (services, who, m) -> {
            AppraisalReport.Written written = services.appraisalReport()
                    .write(who, year, branch, files.out, m, Progress.NONE);
            return m.text("report.appraisal.done", written.file(), written.branches(), written.rows());
        });
    }
}
