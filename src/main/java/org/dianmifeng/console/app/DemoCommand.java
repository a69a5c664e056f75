package org.dianmifeng.console.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
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
    Path data;

    @Option(names = "--people", paramLabel = "N", defaultValue = "2000", descriptionKey = "demo.people")
    int people;

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
        try (Database db = Database.open(folder.path())) {
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
        out.println(m.text("demo.done", folder.path(), people, SampleData.DEMO_PASSWORD));
        return 0;
    }
}
