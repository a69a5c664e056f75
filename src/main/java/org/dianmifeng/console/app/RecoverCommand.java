package org.dianmifeng.console.app;

import java.io.Console;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code recover --user NAME [--data DIR]}: sets a new password for an administrator who forgot theirs, with the
 * recovery key shown at the first start (kept in the office safe). The key and the new password (twice) are typed at
 * prompts that do not echo, or come from {@value #KEY_VARIABLE} and {@value SignInOption#PASSWORD_VARIABLE} for a
 * script. Audited.
 */
@Command(name = "recover", mixinStandardHelpOptions = true)
final class RecoverCommand implements Callable<Integer> {
    static final String KEY_VARIABLE = "BEE_CONSOLE_RECOVERY_KEY";

    @ParentCommand Cli parent;
    @Spec CommandSpec spec;
    @Mixin DataOption data;

    @Option(names = "--user", paramLabel = "NAME", required = true, descriptionKey = "recover.user")
    String user;

    @Override
    public Integer call() {
        DataFolder folder = data.folder(parent);
        Messages m = Cli.messages();
        if (!Database.existsIn(folder.path())) {
            throw new ConsoleException("error.report.noDatabase", folder.path());
        }
        String recoveryKey = new String(read(KEY_VARIABLE, m.text("cli.recoveryKeyPrompt")));
        char[] password = read(SignInOption.PASSWORD_VARIABLE, m.text("cli.newPasswordPrompt", user));
        char[] repeat = SignInOption.environment.apply(SignInOption.PASSWORD_VARIABLE) != null ? password.clone()
                : read(null, m.text("cli.repeatPasswordPrompt"));
        try (Database db = Vault.openExisting(folder.path(), Vault.recoveryKey(recoveryKey))) {
            new Services(db, Clock.systemDefaultZone()).accounts().resetWithRecoveryKey(recoveryKey, user, password,
                    repeat);
        }
        spec.commandLine().getOut().println(m.text("recover.done", user));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** From the environment variable if set, else typed at a prompt that does not echo; refused with neither. */
    private char[] read(String variable, String prompt) {
        String given = variable == null ? null : SignInOption.environment.apply(variable);
        if (given != null && !given.isEmpty()) {
            return given.toCharArray();
        }
        Console console = System.console();
        char[] typed = console == null ? null : console.readPassword("%s", prompt);
        if (typed == null || typed.length == 0) {
            throw new ConsoleException("error.cli.noInput", prompt.strip(), variable == null ? KEY_VARIABLE : variable);
        }
        return typed;
    }
}
