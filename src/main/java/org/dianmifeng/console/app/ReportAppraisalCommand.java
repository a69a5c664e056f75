package org.dianmifeng.console.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.party.AppraisalReport;
import picocli.CommandLine.Command;
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

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, descriptionKey = "report.out")
    Path out;

    @Option(names = "--data", paramLabel = "DIR", descriptionKey = "report.data")
    Path data;

    @Override
    public Integer call() {
        Cli cli = parent.parent;
        if (data != null) {
            cli.data = data;
        }
        DataFolder folder = cli.folder();
        if (!Database.existsIn(folder.path())) {
            throw new ConsoleException("error.report.noDatabase", folder.path());
        }
        Messages m = Cli.messages();
        AppraisalReport.Written written;
        try (Database db = Database.open(folder.path())) {
            written = new Services(db, Clock.systemDefaultZone()).appraisalReport()
                    .write(Session.system(), year, branch, out, m, Progress.NONE);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(m.text("report.appraisal.done", written.file(), written.branches(), written.rows()));
        stdout.flush();
        return 0;
    }
}
