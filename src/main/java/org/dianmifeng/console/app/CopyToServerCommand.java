package org.dianmifeng.console.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.ServerCopy;
import org.dianmifeng.console.core.ServerLogin;
import org.dianmifeng.console.core.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code copy-to-server --user NAME --db-url URL [--connect] [--data DIR]}: moves an office onto the company server.
 * Signs in to the data folder's embedded database as an administrator, copies every table into the empty server
 * database named by {@code --db-url} ({@link ServerCopy}: one transaction, row counts and checksums compared per
 * table, a database that holds data refused), prints each table's count and checksum, and with {@code --connect}
 * keeps the server in the data folder so that this folder's console and commands work on it from then on.
 */
@Command(name = "copy-to-server", mixinStandardHelpOptions = true)
final class CopyToServerCommand implements Callable<Integer> {
    @ParentCommand Cli parent;
    @Spec CommandSpec spec;
    @Mixin DataOption data;
    @Mixin SignInOption signIn;

    @Option(names = "--connect", descriptionKey = "copy.connect")
    boolean connect;

    @Override
    public Integer call() {
        DataFolder folder = data.folder(parent);
        Messages m = Cli.messages();
        if (signIn.serverUrl == null) {
            throw new ConsoleException("error.copy.noServer");
        }
        ServerLogin target = signIn.server(folder.path()).orElseThrow();
        List<ServerCopy.TableCopy> copied;
        try (SignInOption.SignedIn in = signIn.signInHere(folder.path());
             Database server = Database.onServer(folder.path(), target, Database.MIGRATIONS)) {
            copied = ServerCopy.copy(in.session(), in.services().database(), server, Clock.systemDefaultZone(),
                    Progress.NONE);
        }
        if (connect) {
            ServerSettings.save(folder.path(), target);
        }
        target.wipe();
        PrintWriter out = spec.commandLine().getOut();
        out.println(m.text("copy.done", copied.size(), copied.stream().mapToLong(ServerCopy.TableCopy::rows).sum(),
                target.url()));
        copied.forEach(t -> out.println(m.text("copy.table", t.table(), t.rows(), t.checksum())));
        out.flush();
        return 0;
    }
}
