package org.dianmifeng.console.app;

import java.util.concurrent.Callable;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.summary.SummaryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code report summary --year YEAR --out FILE.xlsx [--data DIR] [--unit CODE]}: the 年度工作总结 of the data
 * folder's database (the whole company, or one unit and the units below it), written as the system, in the
 * machine's language: the same file the console makes.
 */
@Command(name = "summary", mixinStandardHelpOptions = true)
final class ReportSummaryCommand implements Callable<Integer> {
    @ParentCommand ReportCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--year", paramLabel = "YEAR", required = true, descriptionKey = "report.summary.year")
    int year;

    @Option(names = "--unit", paramLabel = "CODE", descriptionKey = "report.summary.unit")
    String unit;

    @Mixin ReportFiles files;

    @Override
    public Integer call() {
        ReportCommand.requireYear("--year", year);
        return parent.run(files, spec, (services, who, m) -> {
            SummaryReport.Written written = services.summaryReport()
                    .write(who, year, unit, files.out, m, Progress.NONE);
            return m.text("summary.done", written.file(), written.sheets());
        });
    }
}
