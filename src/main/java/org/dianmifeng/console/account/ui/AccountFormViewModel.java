package org.dianmifeng.console.account.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.account.AccountService;
import org.dianmifeng.console.account.TeamChoice;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/** The form of a new account: username, name, role and an initial password typed twice. */
public final class AccountFormViewModel extends ViewModel {
    private final AccountService service;
    private final Consumer<Account> onSaved;
    private final FieldErrors errors;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.OFFICE_STAFF);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ObjectProperty<TeamChoice> team = new SimpleObjectProperty<>();
    private final List<TeamChoice> teams;

    AccountFormViewModel(UiContext ctx, AccountService service, List<TeamChoice> teams, Consumer<Account> onSaved) {
        super(ctx);
        this.service = service;
        this.teams = teams;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
    }

    /** Validates and saves in the background; {@code done} runs only when the account was created. */
    public void save(Runnable done) {
        errors.clear();
        Account draft = Account.draft(username.get(), displayName.get(), role.get(),
                team.get() == null ? null : team.get().id());
        char[] pw = password.get().toCharArray();
        char[] again = repeat.get().toCharArray();
        saveForm(errors, p -> service.create(session(), draft, pw, again), saved -> {
            password.set("");
            repeat.set("");
            onSaved.accept(saved);
        }, done);
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

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    /** The team a team leader acts for: chosen only for that role. */
    public ObjectProperty<TeamChoice> teamProperty() {
        return team;
    }

    public List<TeamChoice> teams() {
        return teams;
    }

    /** Whether the role chosen acts for one team, so that the team must be chosen. */
    public boolean needsTeam() {
        return role.get() == Role.TEAM_LEADER;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }
}
