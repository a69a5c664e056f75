package org.dianmifeng.console.account.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.account.TeamChoice;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The administrator's accounts screen. */
public final class AccountListView {
    private final AccountListViewModel vm;
    private final Messages messages;
    @FXML private TextField filterField;
    @FXML private TableView<Account> table;
    @FXML private Button addButton;
    @FXML private Button roleButton;
    @FXML private Button passwordButton;
    @FXML private Button activeButton;
    @FXML private Button unlockButton;
    @FXML private Button exportButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private Label statusLabel;

    public AccountListView(AccountListViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.screen(this, messages, vm::load);
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(vm.filterProperty());
        TableColumns.fill(table, vm.columnHeaders(), vm::cells);
        TableColumns.bind(table, vm.rows());
        TableColumns.bindSelection(table, vm.selectedProperty());
        BooleanExpression none = vm.selectedProperty().isNull().or(vm.busyProperty());
        addButton.disableProperty().bind(vm.busyProperty());
        // one's own account keeps its role and stays active: greyed out, with the service's reason on hover
        var whyNotSelf = Bindings.createStringBinding(vm::whyNotSelf, vm.selectedProperty());
        roleButton.disableProperty().bind(none.or(whyNotSelf.isNotEmpty()));
        passwordButton.disableProperty().bind(none);
        activeButton.disableProperty().bind(none.or(whyNotSelf.isNotEmpty()));
        ViewSupport.whyDisabled(roleButton, whyNotSelf);
        ViewSupport.whyDisabled(activeButton, whyNotSelf);
        unlockButton.disableProperty().bind(none.or(Bindings.createBooleanBinding(
                () -> !vm.isLocked(vm.selectedProperty().get()), vm.selectedProperty())));
        ViewSupport.whyDisabled(unlockButton, () -> vm.selectedProperty().get() != null
                && !vm.isLocked(vm.selectedProperty().get()) ? messages.text("account.why.notLocked") : "",
                vm.selectedProperty());
        activeButton.textProperty().bind(Bindings.createStringBinding(() ->
                vm.selectedProperty().get() != null && !vm.selectedProperty().get().active()
                        ? messages.text("account.activate") : messages.text("account.deactivate"), vm.selectedProperty()));
        ExportControls.wire(exportButton, exportProgress, cancelExportButton, messages, "account.export.chooserTitle",
                "account.export.fileName", vm);
        ViewSupport.bindStatus(statusLabel, vm);
    }

    @FXML
    private void add() {
        AccountFormViewModel form = vm.newAccountForm();
        Dialogs.form(table.getScene().getWindow(), messages, messages.text("account.add.title"),
                new AccountFormView(form, messages).build(), form::save, form.busyProperty());
    }

    @FXML
    @SuppressWarnings("unchecked")
    private void changeRole() {
        Account account = vm.selectedProperty().get();
        vm.clearStatus();
        ChoiceDialog<Role> dialog = new ChoiceDialog<>(account.role(), Role.values());
        dialog.initOwner(table.getScene().getWindow());
        dialog.setTitle(messages.text("account.role.title"));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.ok(messages), Dialogs.cancel(messages));
        dialog.setHeaderText(messages.text("account.role.header", account.shown(messages)));
        dialog.setContentText(messages.text("field.account.role"));
        dialog.getDialogPane().lookupAll(".combo-box").forEach(n ->
                ((ComboBox<Role>) n).setConverter(ViewSupport.converter(messages::label)));
        dialog.showAndWait().ifPresent(role -> {
            if (role == Role.TEAM_LEADER) {
                ChoiceDialog<TeamChoice> teams = new ChoiceDialog<>(vm.teams().stream()
                        .filter(t -> Long.valueOf(t.id()).equals(account.teamId())).findFirst().orElse(null), vm.teams());
                teams.initOwner(table.getScene().getWindow());
                teams.setTitle(messages.text("account.role.title"));
                teams.getDialogPane().getButtonTypes().setAll(Dialogs.ok(messages), Dialogs.cancel(messages));
                teams.setHeaderText(messages.text("account.team.header", account.shown(messages)));
                teams.setContentText(messages.text("field.account.team"));
                teams.getDialogPane().lookupAll(".combo-box").forEach(n ->
                        ((ComboBox<TeamChoice>) n).setConverter(ViewSupport.converter(TeamChoice::name)));
                teams.showAndWait().ifPresent(team -> vm.changeRole(role, team));
            } else if (role != account.role()) {
                vm.changeRole(role, null);
            }
        });
    }

    @FXML
    private void resetPassword() {
        PasswordFormViewModel form = vm.resetPasswordForm();
        Dialogs.form(table.getScene().getWindow(), messages, messages.text("account.password.title"),
                new PasswordFormView(form, messages).build(), form::save, form.busyProperty());
    }

    @FXML
    private void toggleActive() {
        Account account = vm.selectedProperty().get();
        vm.clearStatus();
        if (!account.active() || Dialogs.confirm(table.getScene().getWindow(), messages,
                messages.text("account.deactivate.confirm", account.shown(messages)))) {
            vm.toggleActive();
        }
    }

    @FXML
    private void unlock() {
        vm.unlock();
    }
}
