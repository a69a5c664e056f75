package org.dianmifeng.console.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.imports.ImportKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import template KIND --out FILE.xlsx}: the template of a kind of import (people, team-members, party-members,
 * honours), as the import screen writes it, in the language of the command line.
 */
@Command(name = "template", mixinStandardHelpOptions = true)
final class ImportTemplateCommand implements Callable<Integer> {
    @ParentCommand ImportCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "import.kind")
    String kind;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", descriptionKey = "import.templateOut")
    Path out;

    @Mixin DataOption data;
    @Mixin SignInOption signIn;

    @Override
    public Integer call() {
        Messages m = Cli.messages();
        ImportKind k = ImportKind.byCommand(kind).orElseThrow(() -> new picocli.CommandLine.ParameterException(
                spec.commandLine(), m.text("error.import.kind", kind,
                        String.join(", ", Arrays.stream(ImportKind.values()).map(ImportKind::command).toList()))));
        ReportCommand.requireXlsx(out);
        DataFolder folder = data.folder(parent.parent);
        PrintWriter printed = spec.commandLine().getOut();
        try (SignInOption.SignedIn in = signIn.signIn(folder.path())) {
            in.services().imports().template(in.session(), k, out, m, Progress.NONE);
        }
        printed.println(m.text("import.cli.templateWritten", out.toAbsolutePath(), k.command()));
        printed.flush();
        return 0;
    }
}
