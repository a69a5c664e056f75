package org.dianmifeng.console.account.ui;

import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/**
 * The sign-in screen's "forgot the password": the recovery key kept in the office safe, an administrator's user
 * name and a new password typed twice. Nobody is signed in; the recovery key is the authority.
 */
public final class RecoveryFormViewModel extends ViewModel {
    /**
     * Sets the new password (on a background thread): the application's own opens the locked database with the
     * recovery key first.
     */
    @FunctionalInterface
    public interface Recover {
        Account recover(String recoveryKey, String username, char[] password, char[] repeat);
    }

    private final Recover recover;
    private final Consumer<Account> onSaved;
    private final FieldErrors errors;
    private final StringProperty recoveryKey = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");

    public RecoveryFormViewModel(Messages messages, TaskRunner runner, Recover recover, Consumer<Account> onSaved) {
        super(new UiContext(null, messages, runner));
        this.recover = recover;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(messages);
    }

    public void save(Runnable done) {
        errors.clear();
        String key = recoveryKey.get();
        String name = username.get();
        char[] pw = password.get().toCharArray();
        char[] again = repeat.get().toCharArray();
        saveForm(errors, p -> recover.recover(key, name, pw, again), saved -> {
            recoveryKey.set("");
            password.set("");
            repeat.set("");
            onSaved.accept(saved);
        }, done);
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty recoveryKeyProperty() {
        return recoveryKey;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }
}
