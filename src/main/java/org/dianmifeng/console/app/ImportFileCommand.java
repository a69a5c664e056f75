package org.dianmifeng.console.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.imports.DuplicatePolicy;
import org.dianmifeng.console.imports.ImportKind;
import org.dianmifeng.console.imports.ImportOptions;
import org.dianmifeng.console.imports.ImportPlan;
import org.dianmifeng.console.imports.ImportRecord;
import org.dianmifeng.console.imports.RowError;
import org.dianmifeng.console.imports.RowStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import KIND FILE [--dry-run] [--existing skip|fill|overwrite] [--valid-only] [--errors OUT.xlsx]
 * [--match-name-birth [--confirm ROW,…]]}, KIND one
 * of {@code people}, {@code team-members}, {@code party-members}, {@code honours}, {@code activity-roster}: the rows of an .xlsx, .xls or .csv
 * file into the register of the data folder, as the import screen does. Prints the counts and every row in error;
 * exit code 0 when imported (or, with {@code --dry-run}, when every row is valid), 1 when rows are in error and
 * nothing was written, or for a file that cannot be imported. One subcommand per kind, each a subclass naming it.
 */
abstract class ImportFileCommand implements Callable<Integer> {
    @Command(name = "people", mixinStandardHelpOptions = true)
    static final class People extends ImportFileCommand {
        People() {
            super(ImportKind.PEOPLE);
        }
    }

    @Command(name = "team-members", mixinStandardHelpOptions = true)
    static final class TeamMembers extends ImportFileCommand {
        TeamMembers() {
            super(ImportKind.TEAM_MEMBERS);
        }
    }

    @Command(name = "party-members", mixinStandardHelpOptions = true)
    static final class PartyMembers extends ImportFileCommand {
        PartyMembers() {
            super(ImportKind.PARTY_MEMBERS);
        }
    }

    @Command(name = "honours", mixinStandardHelpOptions = true)
    static final class Honours extends ImportFileCommand {
        Honours() {
            super(ImportKind.HONOURS);
        }
    }

    @Command(name = "activity-roster", mixinStandardHelpOptions = true)
    static final class ActivityRoster extends ImportFileCommand {
        ActivityRoster() {
            super(ImportKind.ACTIVITY_ROSTER);
        }
    }

    private final ImportKind kind;
    @ParentCommand ImportCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import.file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "import.dryRun")
    boolean dryRun;

    @Option(names = "--existing", paramLabel = "skip|fill|overwrite", descriptionKey = "import.existing")
    String existing = "skip";

    @Option(names = "--valid-only", descriptionKey = "import.validOnly")
    boolean validOnly;

    @Option(names = "--errors", paramLabel = "OUT.xlsx", descriptionKey = "import.errors")
    Path errors;

    @Option(names = "--match-name-birth", descriptionKey = "import.matchNameBirth")
    boolean matchNameBirth;

    @Option(names = "--confirm", paramLabel = "ROW", split = ",", descriptionKey = "import.confirm")
    java.util.Set<Integer> confirm = java.util.Set.of();

    @Mixin DataOption data;
    @Mixin SignInOption signIn;

    ImportFileCommand(ImportKind kind) {
        this.kind = kind;
    }

    @Override
    public Integer call() {
        ImportOptions options = ImportOptions.DEFAULT.withPolicy(policy()).withValidRowsOnly(validOnly)
                .withMatchByNameAndBirth(matchNameBirth).withConfirmedRows(confirm);
        DataFolder folder = data.folder(parent.parent);
        Messages m = Cli.messages();
        PrintWriter out = spec.commandLine().getOut();
        try (SignInOption.SignedIn in = signIn.signIn(folder.path())) {
            ImportPlan plan = in.services().imports().preview(in.session(), kind, file, options, Progress.NONE);
            out.println(m.text("import.cli.counts", plan.fileName(), plan.rows().size(), plan.count(RowStatus.NEW),
                    plan.count(RowStatus.UPDATE), plan.count(RowStatus.UNCHANGED), plan.count(RowStatus.SKIPPED),
                    plan.count(RowStatus.ERROR)));
            plan.rows().stream().filter(r -> r.status() == RowStatus.TO_CONFIRM).forEach(r -> out.println(
                    m.text("import.cli.toConfirm", r.row(), r.person().name(),
                            org.dianmifeng.console.core.Masking.idNumber(in.session().role(), r.person().idNumber()))));
            List<RowError> rowErrors = plan.errors();
            rowErrors.forEach(e -> out.println(e.describe(m)));
            if (errors != null && !rowErrors.isEmpty()) {
                in.services().imports().errorReport(in.session(), file, plan, errors, m, Progress.NONE);
                out.println(m.text("import.cli.errorReport", errors.toAbsolutePath()));
            }
            if (dryRun) {
                out.println(m.text("import.cli.dryRun"));
                out.flush();
                return rowErrors.isEmpty() ? 0 : 1;
            }
            if (!rowErrors.isEmpty() && !validOnly) {
                out.println(m.text("import.cli.nothingWritten"));
                out.flush();
                return 1;
            }
            ImportRecord done = in.services().imports().run(in.session(), kind, file, options, Progress.NONE);
            out.println(m.text("import.cli.done", done.id(), done.added(), done.updated()));
        }
        out.flush();
        return 0;
    }

    /** {@code --existing}: refused as a mistake in the usage, naming the three values, when it is another. */
    private DuplicatePolicy policy() {
        return switch (existing.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "skip" -> DuplicatePolicy.SKIP;
            case "fill" -> DuplicatePolicy.FILL_BLANKS;
            case "overwrite" -> DuplicatePolicy.OVERWRITE;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    Cli.messages().text("error.import.existingOption", existing));
        };
    }
}
