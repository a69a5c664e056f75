package org.dianmifeng.console.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Vault;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Trees;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demo --data DIR}: a new database filled with the sample data and a demo account for each role. */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
    @ParentCommand Cli parent;
    @Spec CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", descriptionKey = "demo.data")
    void data(Path folder) {
        data = folder;
        Cli.dataNamed(folder);
    }

    Path data;

    @Option(names = "--people", paramLabel = "N", defaultValue = "2000", descriptionKey = "demo.people")
    int people;

    /** Where the sample database is made before it is moved into the data folder. */
    static final String PARTIAL = ".demo-partial";

    @Override
    public Integer call() {
        if (data != null) {
            parent.data = data;
        }
        DataFolder folder = parent.folder();
        Messages m = Cli.messages();
        if (Database.existsIn(folder.path())) {
            throw new ConsoleException("error.demo.exists", folder.path());
        }
        if (people < 1 || people > 1_000_000) {
            throw new ConsoleException("error.demo.people", people);
        }
        PrintWriter out = spec.commandLine().getOut();
        // built in a folder of its own and moved into place whole: a load that is killed leaves no database behind
        Path partial = folder.path().resolve(PARTIAL);
        Trees.delete(partial);
        try (Database db = Vault.create(partial, Clock.systemDefaultZone())) {
            Services services = new Services(db, Clock.systemDefaultZone());
            new SampleData(services, SampleData.DEFAULT_SEED).load(people, true, new Progress() {
                private long shown = -1;

                @Override
                public void update(long done, long total) {
                    long percent = total == 0 ? 0 : done * 100 / total;
                    if (percent / 10 != shown / 10) {
                        shown = percent;
                        out.println(m.text("demo.progress", percent));
                        out.flush();
                    }
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
        }
        moveIntoPlace(partial, folder.path());
        out.println(m.text("demo.done", folder.path(), people, SampleData.DEMO_PASSWORD));
        return 0;
    }

    /**
     * Moves the finished database folder of {@code partial} into {@code home} in one rename. A {@code data} folder
     * already there holds no database (checked before): only what an interrupted start left, which is replaced.
     */
    private static void moveIntoPlace(Path partial, Path home) {
        Path made = Database.fileIn(partial).getParent();
        Path target = Database.fileIn(home).getParent();
        try {
            Trees.delete(target);
            Files.move(made, target, StandardCopyOption.ATOMIC_MOVE);
            Trees.delete(partial);
        } catch (IOException | UncheckedIOException e) {
            throw new ConsoleException("error.databaseOpen", e, home);
        }
    }
}
