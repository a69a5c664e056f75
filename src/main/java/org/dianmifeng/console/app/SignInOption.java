package org.dianmifeng.console.app;

import java.io.Console;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.DataKey;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.KeySlots;
import org.dianmifeng.console.core.ServerLogin;
import org.dianmifeng.console.core.ServerSettings;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.Vault;
import picocli.CommandLine.Option;

/**
 * The {@code --user NAME} of a command that opens the database, mixed into each: the command signs in as that
 * account, with the password from the environment variable {@value #PASSWORD_VARIABLE} or typed at a prompt that
 * does not echo (never an argument), and acts with its role, as the window does. The sign-in is audited; a wrong
 * password opens nothing.
 *
 * <p>The database is the data folder's: the company server it was connected to ({@link ServerSettings}), else its
 * embedded file; {@code --db-url} names a server for this command alone, whose role and password come from
 * {@value #SERVER_USER_VARIABLE} and {@value #SERVER_PASSWORD_VARIABLE} or are typed at prompts (never arguments).
 */
final class SignInOption {
    static final String PASSWORD_VARIABLE = "BEE_CONSOLE_PASSWORD";
    static final String SERVER_USER_VARIABLE = "BEE_CONSOLE_DB_USER";
    static final String SERVER_PASSWORD_VARIABLE = "BEE_CONSOLE_DB_PASSWORD";
    /** Reads an environment variable: tests give the password this way without changing the JVM's environment. */
    static Function<String, String> environment = System::getenv;

    @Option(names = "--user", paramLabel = "NAME", required = true, descriptionKey = "user")
    String user;

    @Option(names = "--db-url", paramLabel = "URL", descriptionKey = "db.url")
    String serverUrl;

    private char[] password;

    /** The folder's services and the session of the account signed in; closing it closes the database. */
    record SignedIn(Services services, Session session) implements AutoCloseable {
        @Override
        public void close() {
            services.database().close();
        }
    }

    /**
     * Opens the data folder's database as the account: an older console's unencrypted database is encrypted first.
     * Refused naming the folder if it holds no database, and as a failed sign-in for a wrong name or password.
     */
    SignedIn signIn(Path home) {
        Optional<ServerLogin> server = server(home);
        if (server.isPresent()) {
            return signIn(Database.onServer(home, server.get(), Database.MIGRATIONS));
        }
        return signInHere(home);
    }

    /** Signs in to the data folder's embedded database, whatever server the folder or {@code --db-url} names. */
    SignedIn signInHere(Path home) {
        if (!Database.existsIn(home) || Vault.state(home) == Vault.State.NEW) {
            throw new ConsoleException("error.report.noDatabase", home);
        }
        Database db = Vault.state(home) == Vault.State.PLAIN ? Database.encryptPlain(home, Clock.systemDefaultZone())
                : Vault.open(home, user, password());
        return signIn(db);
    }

    /** Signs in to a database already open (closed again if the sign-in is refused). */
    SignedIn signIn(Database db) {
        try {
            Services services = new Services(db, Clock.systemDefaultZone());
            return new SignedIn(services, services.accounts().login(user, password()));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * The database's key, as the account's password unwraps it, without opening the database (to restore one that
     * is damaged or gone). A data folder without key slots takes the copy kept in the backup folder.
     */
    DataKey key(Path home, Path backupFolder) {
        KeySlots.adoptFrom(backupFolder, home);
        return Vault.key(home, user, password());
    }

    /** The server this command works on: the one named by {@code --db-url}, else the data folder's, if any. */
    Optional<ServerLogin> server(Path home) {
        if (serverUrl == null) {
            return ServerSettings.load(home);
        }
        String role = new String(typed(SERVER_USER_VARIABLE, "cli.serverUserPrompt", false));
        return Optional.of(new ServerLogin(serverUrl, role,
                typed(SERVER_PASSWORD_VARIABLE, "cli.serverPasswordPrompt", true)));
    }

    /** A value from the environment variable, else typed at the terminal (not echoed if hidden); refused if none. */
    private static char[] typed(String variable, String prompt, boolean hidden) {
        String given = environment.apply(variable);
        if (given != null && !given.isEmpty()) {
            return given.toCharArray();
        }
        Console console = System.console();
        String label = Cli.messages().text(prompt);
        char[] typed = console == null ? null : hidden ? console.readPassword("%s", label)
                : Optional.ofNullable(console.readLine("%s", label)).map(String::toCharArray).orElse(null);
        if (typed == null || typed.length == 0) {
            throw new ConsoleException("error.cli.noInput", label.strip(), variable);
        }
        return typed;
    }

    /**
     * The password, read once: from the environment variable, else typed at the terminal; refused if there is
     * neither.
     */
    private char[] password() {
        if (password == null) {
            password = readPassword();
        }
        return password.clone();
    }

    private char[] readPassword() {
        String given = environment.apply(PASSWORD_VARIABLE);
        if (given != null && !given.isEmpty()) {
            return given.toCharArray();
        }
        Console console = System.console();
        char[] typed = console == null ? null
                : console.readPassword("%s", Cli.messages().text("cli.passwordPrompt", user));
        if (typed == null || typed.length == 0) {
            throw new ConsoleException("error.cli.noPassword", user, PASSWORD_VARIABLE);
        }
        return typed;
    }
}
