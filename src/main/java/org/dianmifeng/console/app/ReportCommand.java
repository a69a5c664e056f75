package org.dianmifeng.console.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code report ...}: the reports written from the command line, one subcommand each. */
@Command(name = "report", mixinStandardHelpOptions = true, subcommands = {ReportAppraisalCommand.class, ReportCasesCommand.class})
final class ReportCommand implements Callable<Integer> {
    /** Exit code of a command line that names no report (as picocli's for bad usage). */
    static final int USAGE = 2;

    @ParentCommand Cli parent;
    @Spec CommandSpec spec;

    /** Without a subcommand: the usage, naming the reports there are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }
}
