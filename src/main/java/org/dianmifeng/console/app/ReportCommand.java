package org.dianmifeng.console.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code report ...}: the reports written from the command line, one subcommand each. */
@Command(name = "report", mixinStandardHelpOptions = true, subcommands = {ReportAppraisalCommand.class, ReportCasesCommand.class,
        ReportHonoursCommand.class, ReportSummaryCommand.class,
        ReportCertificateCommand.class})
final class ReportCommand implements Callable<Integer> {
    /** Exit code of a command line that names no report (as picocli's for bad usage). */
    static final int USAGE = 2;
    /** The years a report may be asked for: from the founding of the People's Republic to the end of this century. */
    static final int FIRST_YEAR = 1949;
    static final int LAST_YEAR = 2100;

    @ParentCommand Cli parent;
    @Spec CommandSpec spec;

    /** Without a subcommand: the usage, naming the reports there are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /**
     * What every report does: refuses an {@code --out} that is not an .xlsx file, takes {@code --data} if
     * given, signs in as {@code --user} (refused for a folder without a database), runs {@code work} on the folder's
     * services as that account and prints the line it returns, on the output of {@code report}. A report the role
     * may not make is refused as in the window.
     */
    int run(ReportFiles files, CommandSpec report, Work work) {
        requireXlsx(files.out);
        DataFolder folder = files.data.folder(parent);
        Messages m = Cli.messages();
        String done;
        try (SignInOption.SignedIn in = files.signIn.signIn(folder.path())) {
            done = work.write(in.services(), in.session(), m);
        }
        PrintWriter stdout = report.commandLine().getOut();
        stdout.println(done);
        stdout.flush();
        return 0;
    }

    /** A report's work: writes the workbook as the account signed in and says what it wrote. */
    interface Work {
        String write(Services services, Session who, Messages m);
    }

    /** Refuses, naming the option, a year outside {@link #FIRST_YEAR}..{@link #LAST_YEAR}; returns it. */
    static int requireYear(String option, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ConsoleException("error.report.yearRange", option, String.valueOf(year),
                    String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        return year;
    }

    /**
     * Every report (and every workbook the command line writes) is an Excel workbook: an {@code --out} that is a
     * folder, or whose name does not end in .xlsx (in any case), is refused, naming it.
     */
    static void requireXlsx(Path out) {
        if (java.nio.file.Files.isDirectory(out)) {
            throw new ConsoleException("error.report.notAFile", out.toAbsolutePath());
        }
        Path name = out.getFileName();
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new ConsoleException("error.report.notXlsx", out.toAbsolutePath());
        }
    }
}
