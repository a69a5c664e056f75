package org.dianmifeng.console.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dianmifeng.console.core.BackupInfo;
import org.dianmifeng.console.core.Backups;
import org.dianmifeng.console.core.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code backups [--data DIR]}: the backups of a data folder, newest first, with date, reason, size, result and
 * rows. Reads only the backup folder: it works while a console is open and when the database is damaged.
 */
@Command(name = "backups", mixinStandardHelpOptions = true)
final class BackupsCommand implements Callable<Integer> {
    @ParentCommand Cli parent;
    @Spec CommandSpec spec;
    @Mixin DataOption data;

    @Override
    public Integer call() {
        DataFolder folder = data.folder(parent);
        Messages m = Cli.messages();
        Backups backups = new Backups(folder.path());
        List<BackupInfo> all = backups.list();
        PrintWriter out = spec.commandLine().getOut();
        out.println(m.text("backups.folder", backups.folder(), all.size()));
        for (BackupInfo b : all) {
            out.println(m.text("backups.line", b.takenAt().toString().replace('T', ' '), m.label(b.reason()), BackupInfo.sizeText(b.size()),
                    m.label(b.result()), b.rows(), b.file().getFileName()));
        }
        out.flush();
        return 0;
    }
}
