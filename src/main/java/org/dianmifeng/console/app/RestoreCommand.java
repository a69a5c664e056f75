package org.dianmifeng.console.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.dianmifeng.console.core.BackupInfo;
import org.dianmifeng.console.core.BackupReason;
import org.dianmifeng.console.core.BackupResult;
import org.dianmifeng.console.core.BackupService;
import org.dianmifeng.console.core.Backups;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.DataKey;
import org.dianmifeng.console.core.DamagedDatabaseException;
import org.dianmifeng.console.core.DataLock;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code restore (--file F | --latest) [--data DIR]}: puts a backup in place of the data folder's database. The
 * current database is backed up first; a damaged one that cannot be is kept beside, renamed. A backup that cannot
 * be read, or whose rows differ from its record, is refused and nothing changes. Refused while a console has the
 * folder open.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand Cli parent;
    @Spec CommandSpec spec;
    @Mixin DataOption data;
    @Mixin SignInOption signIn;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--file", paramLabel = "FILE", descriptionKey = "restore.file")
        Path file;

        @Option(names = "--latest", descriptionKey = "restore.latest")
        boolean latest;
    }

    @Override
    public Integer call() {
        DataFolder folder = data.folder(parent);
        Messages m = Cli.messages();
        Backups backups = new Backups(folder.path());
        BackupInfo chosen = which.latest
                ? backups.newestVerified().orElseThrow(() -> new ConsoleException("error.restore.noBackup", backups.folder()))
                : chosen(backups, which.file.toAbsolutePath());
        Clock clock = Clock.systemDefaultZone();
        Path home = folder.path();
        if (!Database.existsIn(home)) {
            DataKey key = signIn.key(home, backups.folder());
            try (DataLock lock = DataLock.acquire(home)) {
                new Backups(home, key).restore(chosen.file(), true, clock);
            }
            Database restored = Database.open(home, key);
            try (SignInOption.SignedIn in = signIn.signIn(restored)) {
                in.services().backups().recordRestore(in.session(), chosen);
            }
        } else {
            try (SignInOption.SignedIn in = signIn.signIn(home)) {
                in.services().backups().restore(in.session(), chosen, Progress.NONE).database().close();
            } catch (DamagedDatabaseException e) {
                DataKey key = signIn.key(home, backups.folder());
                BackupService.restoreDamaged(home, key, Session.keyHolder(signIn.user), chosen, clock).close();
            }
        }
        spec.commandLine().getOut().println(m.text("restore.done", chosen.file(), folder.path()));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The backup at a path: its record if it is one of the console's, else the file as an unchecked backup. */
    private static BackupInfo chosen(Backups backups, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConsoleException("error.backup.missing", file);
        }
        return backups.info(file).orElseGet(() -> {
            try {
                FileTime t = Files.getLastModifiedTime(file);
                return new BackupInfo(file, LocalDateTime.ofInstant(t.toInstant(), ZoneId.systemDefault()),
                        BackupReason.MANUAL, Files.size(file), BackupResult.UNCHECKED, 0, "");
            } catch (java.io.IOException e) {
                throw new ConsoleException("error.backup.missing", e, file);
            }
        });
    }
}
