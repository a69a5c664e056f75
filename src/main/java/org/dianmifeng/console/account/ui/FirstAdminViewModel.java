package org.dianmifeng.console.account.ui;

import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.account.AccountService;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/** First start: the administrator account, with a password of at least ten characters typed twice. */
public final class FirstAdminViewModel extends ViewModel {
    private final AccountService service;
    private final Consumer<Account> onCreated;
    private final FieldErrors errors;
    private final StringProperty username = new SimpleStringProperty("admin");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");

    public FirstAdminViewModel(Messages messages, TaskRunner runner, AccountService service, Consumer<Account> onCreated) {
        super(new UiContext(null, messages, runner));
        this.service = service;
        this.onCreated = onCreated;
        this.errors = new FieldErrors(messages);
    }

    /** Validates and creates the account in the background; problems show beside their fields. */
    public void create() {
        errors.clear();
        String name = username.get();
        String shown = displayName.get();
        char[] pw = password.get().toCharArray();
        char[] again = repeat.get().toCharArray();
        background(p -> service.createFirstAdministrator(name, shown, pw, again), created -> {
            password.set("");
            repeat.set("");
            onCreated.accept(created);
        }, e -> refused(errors, e));
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }
}
