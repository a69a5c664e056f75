package org.dianmifeng.console.account.ui;

import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.ServerLogin;

/**
 * The fields of a form that names the company's server (host, port, database, user, password, TLS on unless turned
 * off), and the one check that makes a {@link ServerLogin} of them: the first start's choice of database and the
 * administrator's copy to a server. Keys of the field errors: {@code server.host}, {@code server.port},
 * {@code server.database}, {@code server.user}, {@code server.password}.
 */
public final class ServerFields {
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(Integer.toString(ServerLogin.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("bee");
    private final StringProperty user;
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty tls = new SimpleBooleanProperty(true);

    /** @param user the server role offered: the consoles' ({@code bee_console}) or the owner's ({@code bee_owner}) */
    public ServerFields(String user) {
        this.user = new SimpleStringProperty(user);
    }

    /** What is typed now, read on the FX thread, to be checked on a background thread. */
    public Typed typed() {
        return new Typed(host.get().strip(), port.get().strip(), database.get().strip(), user.get().strip(),
                password.get().toCharArray(), tls.get());
    }

    /** Runs {@code onChange} whenever any field changes (e.g. a check of the server no longer holds). */
    public void onChange(Runnable onChange) {
        ChangeListener<Object> listener = (o, a, b) -> onChange.run();
        host.addListener(listener);
        port.addListener(listener);
        database.addListener(listener);
        user.addListener(listener);
        password.addListener(listener);
        tls.addListener(listener);
    }

    /** The fields as typed. */
    public record Typed(String host, String port, String database, String user, char[] password, boolean tls) {
        /**
         * Checks the fields (each missing or wrong one named) and makes the login; the typed password's characters
         * are wiped once the login holds them.
         */
        public ServerLogin login() {
            Checks checks = new Checks().required("server.host", host).required("server.database", database)
                    .required("server.user", user).required("server.password", password.length == 0 ? null : "set");
            int number = -1;
            try {
                number = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                // told below
            }
            if (number < 1 || number > 65_535) {
                checks.add("server.port", "error.server.port");
            }
            checks.throwIfAny();
            ServerLogin login = new ServerLogin(ServerLogin.url(host, number, database, tls), user, password);
            Arrays.fill(password, '\0');
            return login;
        }
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty tlsProperty() {
        return tls;
    }
}
