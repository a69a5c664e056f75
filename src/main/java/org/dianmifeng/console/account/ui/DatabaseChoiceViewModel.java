package org.dianmifeng.console.account.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.ServerLogin;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/**
 * The first start's choice of database: this PC's own (本机数据库, the default, nothing to set up) or the company's
 * server (连接单位数据库服务器: host, port, database, user, password, TLS on unless turned off). Connecting checks the
 * fields, then opens the server in the background; only a server that answered is kept ({@code connect} saves it).
 *
 * @param <T> what opening gives the application (its services over the database)
 */
public final class DatabaseChoiceViewModel<T> extends ViewModel {
    private final Function<ServerLogin, T> connect;
    private final Runnable onLocal;
    private final Consumer<T> onConnected;
    private final FieldErrors errors;
    private final BooleanProperty server = new SimpleBooleanProperty(false);
    private final ServerFields fields = new ServerFields("bee_console");

    /**
     * {@code connect} opens (and keeps) the server on a background thread; {@code onLocal} goes on with this PC's
     * database; {@code onConnected} receives what connecting opened.
     */
    public DatabaseChoiceViewModel(Messages messages, TaskRunner runner, Function<ServerLogin, T> connect,
                                   Runnable onLocal, Consumer<T> onConnected) {
        super(new UiContext(null, messages, runner));
        this.connect = connect;
        this.onLocal = onLocal;
        this.onConnected = onConnected;
        this.errors = new FieldErrors(messages);
    }

    /** Goes on with the chosen database: this PC's at once, the server's once it answered. */
    public void proceed() {
        if (!server.get()) {
            onLocal.run();
            return;
        }
        errors.clear();
        ServerFields.Typed typed = fields.typed();
        saveForm(errors, w -> {
            ServerLogin login = typed.login();
            try {
                return connect.apply(login);
            } finally {
                login.wipe();
            }
        }, opened -> {
            fields.passwordProperty().set("");
            onConnected.accept(opened);
        }, () -> { });
    }

    public FieldErrors errors() {
        return errors;
    }

    /** Whether the company's server is chosen (else this PC's database). */
    public BooleanProperty serverProperty() {
        return server;
    }

    public StringProperty hostProperty() {
        return fields.hostProperty();
    }

    public StringProperty portProperty() {
        return fields.portProperty();
    }

    public StringProperty databaseProperty() {
        return fields.databaseProperty();
    }

    public StringProperty userProperty() {
        return fields.userProperty();
    }

    public StringProperty passwordProperty() {
        return fields.passwordProperty();
    }

    public BooleanProperty tlsProperty() {
        return fields.tlsProperty();
    }
}
