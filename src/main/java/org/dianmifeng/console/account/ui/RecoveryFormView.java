package org.dianmifeng.console.account.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.dianmifeng.console.account.AccountService;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The recovery key, an administrator's user name and a new password typed twice. */
public final class RecoveryFormView {
    private final RecoveryFormViewModel vm;
    private final Messages messages;
    @FXML private PasswordField recoveryKeyField;
    @FXML private TextField usernameField;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField repeatField;
    @FXML private Label recoveryKeyError;
    @FXML private Label usernameError;
    @FXML private Label passwordError;
    @FXML private Label repeatError;
    @FXML private Label statusLabel;

    public RecoveryFormView(RecoveryFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        Parent root = Views.load(this, messages);
        javafx.application.Platform.runLater(recoveryKeyField::requestFocus);
        return root;
    }

    @FXML
    private void initialize() {
        recoveryKeyField.textProperty().bindBidirectional(vm.recoveryKeyProperty());
        usernameField.textProperty().bindBidirectional(vm.usernameProperty());
        passwordField.textProperty().bindBidirectional(vm.passwordProperty());
        repeatField.textProperty().bindBidirectional(vm.repeatProperty());
        new FormFields(vm.errors())
                .add(AccountService.RECOVERY_KEY, recoveryKeyField, recoveryKeyError)
                .add(AccountService.RECOVERY_USERNAME, usernameField, usernameError)
                .add("account.password", passwordField, passwordError)
                .add("account.repeat", repeatField, repeatError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
