package org.dianmifeng.console.app;

import java.util.concurrent.Callable;
import org.dianmifeng.console.core.BackupInfo;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
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
    @Mixin SignInOption signIn;

    @Override
    public Integer call() {
        DataFolder folder = data.folder(parent);
        Messages m = Cli.messages();
        BackupInfo made;
        try (SignInOption.SignedIn in = signIn.signIn(folder.path())) {
            made = in.services().backups().backUpNow(in.session(), Progress.NONE);
        }
        spec.commandLine().getOut().println(m.text("backup.done", made.file(), made.rows(), BackupInfo.sizeText(made.size())));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
