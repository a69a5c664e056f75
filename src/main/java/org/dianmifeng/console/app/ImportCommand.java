package org.dianmifeng.console.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import ...}: the registers imported from the command line, one subcommand per kind. */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = {ImportPeopleCommand.class})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand Cli parent;
    @Spec CommandSpec spec;

    /** Without a subcommand: the usage, naming the kinds there are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ReportCommand.USAGE;
    }
}
