package org.dianmifeng.console.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import ...}: the registers imported from the command line, one subcommand per kind, and their templates. */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = {ImportFileCommand.People.class,
        ImportFileCommand.TeamMembers.class, ImportFileCommand.PartyMembers.class, ImportFileCommand.Honours.class,
        ImportTemplateCommand.class, ImportFileCommand.ActivityRoster.class})
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
