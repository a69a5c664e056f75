package org.dianmifeng.console.account.ui;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.dianmifeng.console.account.TeamChoice;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The form of a new account. */
public final class AccountFormView {
    private final AccountFormViewModel vm;
    private final Messages messages;
    @FXML private TextField usernameField;
    @FXML private TextField displayNameField;
    @FXML private ComboBox<Role> roleBox;
    @FXML private ComboBox<TeamChoice> teamBox;
    @FXML private Label teamError;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField repeatField;
    @FXML private Label usernameError;
    @FXML private Label displayNameError;
    @FXML private Label roleError;
    @FXML private Label passwordError;
    @FXML private Label repeatError;
    @FXML private Label statusLabel;

    public AccountFormView(AccountFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        usernameField.textProperty().bindBidirectional(vm.usernameProperty());
        displayNameField.textProperty().bindBidirectional(vm.displayNameProperty());
        ViewSupport.enumChoices(roleBox, Role.class, messages);
        roleBox.valueProperty().bindBidirectional(vm.roleProperty());
        teamBox.getItems().setAll(vm.teams());
        teamBox.setConverter(ViewSupport.converter(TeamChoice::name));
        teamBox.valueProperty().bindBidirectional(vm.teamProperty());
        teamBox.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.needsTeam(), vm.roleProperty()));
        passwordField.textProperty().bindBidirectional(vm.passwordProperty());
        repeatField.textProperty().bindBidirectional(vm.repeatProperty());
        new FormFields(vm.errors())
                .add("account.username", usernameField, usernameError)
                .add("account.displayName", displayNameField, displayNameError)
                .add("account.role", roleBox, roleError)
                .add("account.team", teamBox, teamError)
                .add("account.password", passwordField, passwordError)
                .add("account.repeat", repeatField, repeatError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
