package org.dianmifeng.console.app;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.dianmifeng.console.core.BackupInfo;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code backup [--data DIR]}: a backup of the data folder's database now, checked and rotated like the console's
 * own, for a scheduled task. Refused while a console has the folder open (its own daily backup covers that day).
 */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {
    @ParentCommand Cli parent;
    @Spec CommandSpec spec;
    @Mixin DataOption data;

    @Override
    public Integer call() {
        DataFolder folder = data.folder(parent);
        if (!Database.existsIn(folder.path())) {
            throw new ConsoleException("error.report.noDatabase", folder.path());
        }
        Messages m = Cli.messages();
        BackupInfo made;
        try (Database db = Database.open(folder.path())) {
            made = new Services(db, Clock.systemDefaultZone()).backups().backUpNow(Session.system(), Progress.NONE);
        }
        spec.commandLine().getOut().println(m.text("backup.done", made.file(), made.rows(), BackupInfo.sizeText(made.size())));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
