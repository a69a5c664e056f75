package org.dianmifeng.console.account.ui;

import java.time.Clock;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.ServerCopy;
import org.dianmifeng.console.core.ServerLogin;
import org.dianmifeng.console.core.ServerSettings;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/**
 * The administrator's copy of this PC's embedded database to the company's server (复制到单位服务器; the screen of
 * the {@code copy-to-server} command): the server's fields, 检查 (the server answers, the login is accepted, its
 * database is empty), then 复制 with a progress bar and 停止 (a cooperative cancel: the server database is left empty,
 * never a thread interrupted), and the per-table verification (rows and checksum, equal on both sides) with what to
 * do next. 复制 is offered only once the check passed for the fields as they are; changing a field asks for a new
 * check. On a console that already works on a server there is nothing to copy.
 */
public final class CopyToServerViewModel extends ViewModel {
    private final Database source;
    private final Clock clock;
    private final FieldErrors errors;
    /** The copy needs the owner's role: it creates the schema on the empty database. */
    private final ServerFields fields = new ServerFields("bee_owner");
    private final BooleanProperty connect = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper(false);
    /** Why the fields as they are have no passed check (what 复制 waits for). */
    private enum Unchecked { NEVER, FAILED, CHANGED, COPIED }
    private final ObjectProperty<Unchecked> unchecked = new SimpleObjectProperty<>(Unchecked.NEVER);
    private final ObjectProperty<Job> job = new SimpleObjectProperty<>();
    private final ObservableList<ServerCopy.TableCopy> tables = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper nextSteps = new ReadOnlyStringWrapper();

    public CopyToServerViewModel(UiContext ctx, Database source, Clock clock) {
        super(ctx);
        this.source = source;
        this.clock = clock;
        this.errors = new FieldErrors(ctx.messages());
        fields.onChange(() -> {
            checked.set(false);
            if (unchecked.get() != Unchecked.NEVER) {
                unchecked.set(Unchecked.CHANGED);
            }
        });
    }

    /** Whether there is an embedded database to copy (not when this console already works on a server). */
    public boolean available() {
        return !source.onServer();
    }

    /** 检查: connects to the server named by the fields and checks that its database is empty. */
    public void check() {
        errors.clear();
        checked.set(false);
        tables.clear();
        nextSteps.set(null);
        ServerFields.Typed typed = fields.typed();
        background(p -> {
            ServerLogin login = typed.login();
            try {
                return ServerCopy.checkTarget(session(), source.dataDir(), login);
            } finally {
                login.wipe();
            }
        }, count -> {
            checked.set(true);
            unchecked.set(null);
            setNotice(messages().text("copyScreen.checked", count));
        }, e -> {
            unchecked.set(Unchecked.FAILED);
            refused(errors, e);
        });
    }

    /**
     * 复制: copies every table into the checked server database, verified per table; with {@link #connectProperty}
     * this PC works on the server from its next start.
     */
    public void copy() {
        if (!checked.get()) {
            return;
        }
        setNotice(null);
        tables.clear();
        nextSteps.set(null);
        ServerFields.Typed typed = fields.typed();
        boolean andConnect = connect.get();
        tracked(job, p -> {
            ServerLogin login = typed.login();
            try {
                List<ServerCopy.TableCopy> copied = ServerCopy.copy(session(), source, login, clock, p);
                if (andConnect) {
                    ServerSettings.save(source.dataDir(), login);
                }
                return copied;
            } finally {
                login.wipe();
            }
        }, copied -> {
            checked.set(false); // the server holds the data now: a second copy would be refused
            fields.passwordProperty().set("");
            unchecked.set(Unchecked.COPIED);
            tables.setAll(copied);
            long rows = copied.stream().mapToLong(ServerCopy.TableCopy::rows).sum();
            setNotice(messages().text("copyScreen.done", copied.size(), rows));
            nextSteps.set(messages().text("copyScreen.next") + "\n"
                    + messages().text(andConnect ? "copyScreen.next.connected" : "copyScreen.next.local"));
        }, e -> {
            if (e instanceof Progress.CancelledException) {
                setError(messages().text("copyScreen.cancelled"));
            }
        });
    }

    /** 停止: asks the copy to stop at its next batch; the server's transaction is rolled back, leaving it empty. */
    public void cancel() {
        Job running = job.get();
        if (running != null) {
            running.cancel();
        }
    }

    /** Whether 复制 may be pressed: the check passed for the fields as they are, and nothing runs. */
    public BooleanBinding canCopy() {
        return Bindings.createBooleanBinding(() -> checked.get() && !busyProperty().get(), checked, busyProperty());
    }

    /**
     * Why 复制 cannot be pressed ({@link #canCopy}): nothing to copy on a server, the copy or the check running, or
     * no passed check for the fields as they are (never checked, the check refused, a field changed since, or the
     * server already holds the copy); empty when it can.
     */
    public StringBinding whyNotCopy() {
        return Bindings.createStringBinding(() -> {
            String check = messages().text("copyScreen.check");
            if (!available()) {
                return messages().text("copyScreen.onServer");
            }
            if (job.get() != null) {
                return messages().text("copyScreen.why.copying", messages().text("copyScreen.cancel"));
            }
            if (busyProperty().get()) {
                return messages().text("copyScreen.why.checking");
            }
            if (checked.get()) {
                return "";
            }
            return switch (unchecked.get() == null ? Unchecked.CHANGED : unchecked.get()) {
                case NEVER -> messages().text("copyScreen.why.notChecked", check);
                case FAILED -> messages().text("copyScreen.why.checkFailed", check);
                case CHANGED -> messages().text("copyScreen.why.changed", check);
                case COPIED -> messages().text("copyScreen.why.copied");
            };
        }, checked, busyProperty(), job, unchecked);
    }

    public ServerFields fields() {
        return fields;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** Whether this PC should work on the server from its next start (as {@code copy-to-server --connect}). */
    public BooleanProperty connectProperty() {
        return connect;
    }

    public ReadOnlyBooleanProperty checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    /** The copy while it runs, for the progress bar and 停止; null otherwise. */
    public ReadOnlyObjectProperty<Job> jobProperty() {
        return job;
    }

    /** Each table copied: its rows and the checksum both databases gave. */
    public ObservableList<ServerCopy.TableCopy> tables() {
        return tables;
    }

    /** What to do after a copy (the server's setup script once more, the consoles' connection, this PC). */
    public ReadOnlyStringProperty nextStepsProperty() {
        return nextSteps.getReadOnlyProperty();
    }
}
