package org.dianmifeng.console.app;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every {@code report} subcommand takes, mixed into each: the workbook to write, the data folder
 * and the account the report is made as. */
final class ReportFiles {
    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, descriptionKey = "report.out")
    Path out;

    @Mixin DataOption data;

    @Mixin SignInOption signIn;
}
