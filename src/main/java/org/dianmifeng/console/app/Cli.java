package org.dianmifeng.console.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code --help}, {@code --version}, {@code --data DIR} and the commands. Without
 * a command it starts the window. Texts come from the {@code i18n/cli} bundle and error messages
 * from the console's own bundles, in the machine's language.
 */
@Command(name = "bee-console", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        resourceBundle = "i18n.cli", subcommands = {DemoCommand.class, ReportCommand.class,
        BackupCommand.class, BackupsCommand.class, RestoreCommand.class})
public final class Cli implements Callable<Integer> {
    /** Returned by {@link #run} when the caller should leave the JVM running for the window. */
    public static final int START_WINDOW = -1;

    @Option(names = "--data", paramLabel = "DIR", descriptionKey = "data")
    Path data;

    /** Set when this JVM is the console's own process ({@link Main}): its temporary files go into the data folder. */
    private static volatile boolean ownsProcess;

    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    /** {@link #run} in the console's own process, whose temporary files are kept private ({@link PrivateTemp}). */
    static int runAsProcess(String... args) {
        ownsProcess = true;
        return run(args);
    }

    static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new Cli());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            PrintWriter err = line.getErr();
            err.println(messages().describe(e));
            if (!(e instanceof ConsoleException)) {
                org.slf4j.LoggerFactory.getLogger(Cli.class).error("Command failed", e);
            }
            return 1;
        });
        return cl;
    }

    static Messages messages() {
        return Messages.of(Locale.getDefault());
    }

    /** The data folder named by {@code --data}, or the default; sets where the log and temporary files go. */
    DataFolder folder() {
        DataFolder folder = data == null ? DataFolder.defaultFolder() : new DataFolder(data.toAbsolutePath());
        System.setProperty("bee.logdir", folder.logs().toString());
        if (ownsProcess) {
            PrivateTemp.use(folder);
        }
        return folder;
    }

    @Override
    public Integer call() {
        App.launchOn(folder());
        return START_WINDOW;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {messages().text("app.title") + " " + (v == null ? "dev" : v)};
        }
    }
}
