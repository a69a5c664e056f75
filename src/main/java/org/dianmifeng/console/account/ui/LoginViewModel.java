package org.dianmifeng.console.account.ui;

import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/**
 * The sign-in screen's state: username, password, and the login command that hands the new session
 * to the shell. The password is cleared after every attempt; a refusal shows in {@link #errorProperty()}.
 */
public final class LoginViewModel extends ViewModel {
    /**
     * Signs in (on a background thread): the application's own opens the encrypted database with the key the
     * password unwraps, the first time, then asks the accounts.
     */
    @FunctionalInterface
    public interface SignIn {
        Session signIn(String username, char[] password);
    }

    private final SignIn service;
    private final Consumer<Session> onLogin;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanBinding canLogin;

    public LoginViewModel(Messages messages, TaskRunner runner, SignIn service, Consumer<Session> onLogin) {
        super(new UiContext(null, messages, runner));
        this.service = service;
        this.onLogin = onLogin;
        // offered whenever no sign-in is under way: an empty name or password is refused with a reason, not in silence
        this.canLogin = busyProperty().not();
    }

    public void login() {
        if (!canLogin.get()) {
            return;
        }
        if (username.get().isBlank() || password.get().isEmpty()) {
            setError(messages().text(username.get().isBlank() ? "error.login.noUsername" : "error.login.noPassword"));
            return;
        }
        String name = username.get();
        char[] typed = password.get().toCharArray();
        password.set("");
        background(p -> service.signIn(name, typed), onLogin);
    }

    public BooleanBinding canLoginProperty() {
        return canLogin;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }
}
