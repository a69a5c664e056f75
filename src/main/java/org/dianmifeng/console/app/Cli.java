package org.dianmifeng.console.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Trees;
import org.dianmifeng.console.ui.WindowPrefs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code --help}, {@code --version}, {@code --data DIR} and the commands. Without
 * a command it starts the window. Texts come from the {@code i18n/cli} bundle and error messages
 * from the console's own bundles, in the console's language: {@code --lang zh|en} (before or after the command),
 * else the language last chosen in the window of the data folder ({@link WindowPrefs}), else Chinese. Reports
 * written here are in that language too.
 */
@Command(name = "bee-console", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        resourceBundle = "i18n.cli", subcommands = {DemoCommand.class, ReportCommand.class,
        BackupCommand.class, BackupsCommand.class, RestoreCommand.class, RecoverCommand.class,
        CopyToServerCommand.class, ImportCommand.class})
public final class Cli implements Callable<Integer> {
    /** Returned by {@link #run} when the caller should leave the JVM running for the window. */
    public static final int START_WINDOW = -1;

    @Option(names = "--data", paramLabel = "DIR", descriptionKey = "data")
    void data(Path folder) {
        data = folder;
        named = folder;
    }

    Path data;

    /** The language given with {@code --lang}, else null; set while the command line is read. */
    private static volatile Locale chosen;
    /** The data folder named by a {@code --data} (before or after the command), else null: its window's language. */
    private static volatile Path named;

    /** {@code --lang zh|en}: anything else is refused, naming the option and the two values. */
    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "lang", scope = CommandLine.ScopeType.INHERIT)
    void lang(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!v.equals("zh") && !v.equals("en")) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages().text("error.cli.lang", value));
        }
        chosen = v.equals("en") ? Messages.ENGLISH : Messages.CHINESE;
    }

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** Remembers the data folder a command's own {@code --data} names, for the language. */
    static void dataNamed(Path folder) {
        named = folder;
    }

    /** Set when this JVM is the console's own process ({@link Main}): its temporary files go into the data folder. */
    private static volatile boolean ownsProcess;

    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    /**
     * {@link #run} in the console's own process, whose temporary files are kept private ({@link PrivateTemp}). The
     * window without a command (the menu's start: no arguments, or {@code --data DIR} alone) skips picocli's reading
     * of every command's options, a quarter of a second of a cold start; whatever it cannot do goes the whole way,
     * which says what went wrong.
     */
    static int runAsProcess(String... args) {
        ownsProcess = true;
        if (args.length == 0 || args.length == 2 && args[0].equals("--data") && !args[1].startsWith("-")) {
            chosen = null;
            named = null;
            Cli window = new Cli();
            DataFolder folder;
            try {
                if (args.length == 2) {
                    window.data(Path.of(args[1]));
                }
                folder = window.folder();
            } catch (RuntimeException e) {
                return run(args);
            }
            App.launchOn(folder);
            return START_WINDOW;
        }
        return run(args);
    }

    /**
     * The command line with its two error handlers: whatever goes wrong, the person reads one line on the error
     * output, in their language where it is the console's own message, saying what to do; never a stack trace (an
     * unexpected failure's goes to the log file only, see {@code logback.xml}).
     */
    static CommandLine newCommandLine() {
        chosen = null;
        named = null;
        CommandLine cl = new CommandLine(new Cli());
        // the help, too, in the language the command line asked for or the window chose
        cl.setExecutionStrategy(parsed -> {
            cl.setResourceBundle(ResourceBundle.getBundle("i18n.cli", language(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            PrintWriter err = line.getErr();
            err.println(oneLine(messages().describe(e)));
            err.flush();
            if (!(e instanceof ConsoleException)) {
                org.slf4j.LoggerFactory.getLogger(Cli.class).error("Command failed", e);
            }
            return 1;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine line = e.getCommandLine();
            PrintWriter err = line.getErr();
            String said = oneLine(String.valueOf(e.getMessage())).replaceAll("[.。]+$", "");
            err.println(messages().text("cli.usageError", said, line.getCommandSpec().qualifiedName()));
            err.flush();
            return line.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cl;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    static Messages messages() {
        return Messages.of(language());
    }

    /** {@code --lang}, else the language of the window of the data folder named (or the default one), else Chinese. */
    static Locale language() {
        if (chosen != null) {
            return chosen;
        }
        DataFolder folder = named == null ? DataFolder.defaultFolder() : new DataFolder(named.toAbsolutePath());
        return WindowPrefs.load(folder.preferences()).locale();
    }

    /**
     * The data folder named by {@code --data}, or the default; sets where the log and temporary files go. Refuses,
     * naming it, a path that is a file or lies below one, and (in the console's own process) a folder where the
     * temporary files cannot be made.
     */
    DataFolder folder() {
        DataFolder folder = data == null ? DataFolder.defaultFolder() : new DataFolder(data.toAbsolutePath());
        requireFolder(folder.path());
        System.setProperty("bee.logdir", folder.logs().toString());
        if (ownsProcess) {
            // logback reads its configuration (a tenth of a second) beside the start, not in front of it; loggers
            // made meanwhile hand their lines on once it is done
            Thread logging = new Thread(org.slf4j.LoggerFactory::getILoggerFactory, "logging-start");
            logging.setDaemon(true);
            logging.start();
            try {
                ownerOnly(folder);
                PrivateTemp.use(folder);
            } catch (UncheckedIOException e) {
                throw new ConsoleException("error.cli.dataNotWritable", e, folder.path(),
                        reason(e.getCause(), folder.temp()));
            }
        }
        return folder;
    }

    /**
     * The data folder and everything in it readable by its owner only (see {@link Trees#ownerOnly}); the log file is
     * made here, before the logger opens it, so that it is the owner's from its first line.
     */
    private static void ownerOnly(DataFolder folder) {
        try {
            Files.createDirectories(folder.path());
            try {
                Files.createDirectories(folder.logs());
                Path log = folder.logs().resolve("console.log");
                if (!Files.exists(log)) {
                    Files.createFile(log);
                }
            } catch (IOException e) {
                // no log folder (e.g. a file in its place): the console works on and logs nothing, as logback does
            }
            Trees.ownerOnlyAll(folder.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses a data folder that is a file, or whose nearest existing parent is one (it could never be made). */
    static void requireFolder(Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new ConsoleException("error.cli.dataNotAFolder", folder, p);
                }
                return;
            }
        }
    }

    /** What an I/O failure on {@code where} says, without the exception's class name. */
    private static String reason(IOException e, Path where) {
        String said = e.getMessage() == null ? where.toString() : e.getMessage();
        return e instanceof AccessDeniedException ? messages().text("cli.accessDenied", said) : said;
    }

    @Override
    public Integer call() {
        App.launchOn(folder());
        return START_WINDOW;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {messages().text("app.title") + " " + ConsoleVersion.current()};
        }
    }
}
