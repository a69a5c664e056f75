package org.dianmifeng.console.account.ui;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.account.AccountService;
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
            "field.account.role", "account.status", "account.lockedUntil");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AccountService service;
    private final ObservableList<Account> all = FXCollections.observableArrayList();
    private final FilteredList<Account> filtered = new FilteredList<>(all);
    private final SortedList<Account> shown = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Account> selected = new SimpleObjectProperty<>();
    private final ExportCommand export = new ExportCommand(this, "export.done");

    public AccountListViewModel(UiContext ctx, AccountService service) {
        super(ctx);
        this.service = service;
        filter.addListener((o, a, b) -> refilter());
    }

    public void load() {
        background(p -> service.list(session()), list -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            all.setAll(list);
            selected.set(list.stream().filter(a -> a.id().equals(keep)).findFirst().orElse(null));
        });
    }

    private void refilter() {
        String text = Texts.clean(filter.get());
        filtered.setPredicate(a -> text == null
                || Texts.containsIgnoreCase(a.username(), text)
                || Texts.containsIgnoreCase(a.displayName(), text)
                || Texts.containsIgnoreCase(messages().label(a.role()), text));
    }

    public AccountFormViewModel newAccountForm() {
        return new AccountFormViewModel(ctx, service, this::afterChange);
    }

    public PasswordFormViewModel resetPasswordForm() {
        return PasswordFormViewModel.forReset(ctx, service, selected.get(), saved -> {
            setNotice(messages().text("account.passwordReset", saved.shown(messages())));
            load();
        });
    }

    public void changeRole(Role role) {
        Account account = selected.get();
        background(p -> service.changeRole(session(), account, role), this::afterChange);
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
        return Arrays.asList(a.username(), a.displayName(), messages().label(a.role()),
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

    public void cancelExport() {
        export.cancel();
    }

    /** The running export, or null: for a progress bar and a cancel button. */
    public ReadOnlyObjectProperty<Job> exportJobProperty() {
        return export.jobProperty();
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
