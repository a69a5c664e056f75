package org.dianmifeng.console.account.ui;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.account.AccountService;
import org.dianmifeng.console.account.TeamChoice;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/** The administrator's list of accounts and the commands create, change role, reset password, (de)activate, unlock. */
public final class AccountListViewModel extends ViewModel implements Exportable {
    static final List<String> COLUMN_KEYS = List.of("field.account.username", "field.account.displayName",
            "field.account.role", "field.account.team", "account.status", "account.lockedUntil");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AccountService service;
    private final ObservableList<Account> all = FXCollections.observableArrayList();
    private final FilteredList<Account> filtered = new FilteredList<>(all);
    private final SortedList<Account> shown = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Account> selected = new SimpleObjectProperty<>();
    private final ExportCommand export = new ExportCommand(this, "export.done");
    private List<TeamChoice> teams = List.of();
    private Map<Long, String> teamNames = Map.of();

    public AccountListViewModel(UiContext ctx, AccountService service) {
        super(ctx);
        this.service = service;
        filter.addListener((o, a, b) -> refilter());
    }

    private record Loaded(List<Account> accounts, List<TeamChoice> teams) {
    }

    public void load() {
        background(p -> new Loaded(service.list(session()), service.teamChoices(session())), loaded -> {
            List<Account> list = loaded.accounts();
            Long keep = selected.get() == null ? null : selected.get().id();
            teams = loaded.teams();
            teamNames = teams.stream().collect(Collectors.toMap(TeamChoice::id, TeamChoice::name));
            all.setAll(list);
            selected.set(list.stream().filter(a -> a.id().equals(keep)).findFirst().orElse(null));
        });
    }

    private void refilter() {
        String text = Texts.clean(filter.get());
        filtered.setPredicate(a -> text == null
                || Texts.containsIgnoreCase(a.username(), text)
                || Texts.containsIgnoreCase(a.displayName(), text)
                || Texts.containsIgnoreCase(messages().label(a.role()), text)
                || Texts.containsIgnoreCase(teamName(a), text));
    }

    public AccountFormViewModel newAccountForm() {
        clearStatus(); // a refusal of the last command is not about the new account
        return new AccountFormViewModel(ctx, service, teams, this::afterChange);
    }

    public PasswordFormViewModel resetPasswordForm() {
        clearStatus();
        return PasswordFormViewModel.forReset(ctx, service, selected.get(), saved -> {
            setNotice(messages().text("account.passwordReset", saved.shown(messages())));
            load();
        });
    }

    /** Gives the selected account another role; {@code team}: the team a team leader acts for (else ignored). */
    public void changeRole(Role role, TeamChoice team) {
        Account account = selected.get();
        background(p -> service.changeRole(session(), account, role, team == null ? null : team.id()),
                this::afterChange);
    }

    /**
     * Why the selected account may be neither deactivated nor given another role: it is the signed-in administrator's
     * own, which the service refuses ({@code error.account.notYourself}); empty for another account, or none.
     */
    public String whyNotSelf() {
        Account account = selected.get();
        return account != null && account.id() == session().accountId()
                ? messages().text("error.account.notYourself", account.username()) : "";
    }

    /** The teams a team leader's account may be linked to. */
    public List<TeamChoice> teams() {
        return teams;
    }

    /** The name of the team an account acts for, or null. */
    public String teamName(Account a) {
        return a.teamId() == null ? null : teamNames.get(a.teamId());
    }

    public void toggleActive() {
        Account account = selected.get();
        background(p -> service.setActive(session(), account, !account.active()), this::afterChange);
    }

    public void unlock() {
        Account account = selected.get();
        background(p -> service.unlock(session(), account), this::afterChange);
    }

    private void afterChange(Account saved) {
        setNotice(messages().text("notice.saved", saved.shown(messages())));
        load();
    }

    /** Whether the selected account is locked now. */
    public boolean isLocked(Account account) {
        return account != null && service.isLocked(account);
    }

    public List<String> columnHeaders() {
        return COLUMN_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    /** One row as the table shows it; the lock time only while the lock lasts. */
    public List<Object> cells(Account a) {
        return Arrays.asList(a.username(), a.displayName(), messages().label(a.role()), teamName(a),
                messages().text(a.active() ? "account.active" : "account.inactive"),
                service.isLocked(a) ? TIME.format(a.lockedUntil()) : null);
    }

    /**
     * Writes exactly the accounts the list shows (filtered and in the table's order) with the table's
     * columns to an .xlsx file, in the background; the job reports progress and can be cancelled.
     */
    public Job export(Path out) {
        return export.run(out, messages().text("account.export.title"), ExportCommand.columns(columnHeaders(), this::cells), shown);
    }

    @Override
    public ExportCommand exports() {
        return export;
    }

    /** The accounts as the table shows them: filtered, and sorted as the table's comparator says. */
    public SortedList<Account> rows() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Account> selectedProperty() {
        return selected;
    }
}
