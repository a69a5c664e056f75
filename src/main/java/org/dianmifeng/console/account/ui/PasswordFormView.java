package org.dianmifeng.console.account.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** A new password typed twice; the current one too when users change their own. */
public final class PasswordFormView {
    private final PasswordFormViewModel vm;
    private final Messages messages;
    @FXML private Label accountLabel;
    @FXML private Label oldLabel;
    @FXML private VBox oldBox;
    @FXML private PasswordField oldPasswordField;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField repeatField;
    @FXML private Label oldPasswordError;
    @FXML private Label passwordError;
    @FXML private Label repeatError;
    @FXML private Label statusLabel;

    public PasswordFormView(PasswordFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        accountLabel.setText(vm.account() == null ? "" : vm.account().shown(messages));
        accountLabel.setManaged(vm.account() != null);
        boolean old = vm.needsOldPassword();
        ViewSupport.show(old, oldLabel, oldBox);
        oldPasswordField.textProperty().bindBidirectional(vm.oldPasswordProperty());
        passwordField.textProperty().bindBidirectional(vm.passwordProperty());
        repeatField.textProperty().bindBidirectional(vm.repeatProperty());
        new FormFields(vm.errors())
                .add("account.oldPassword", oldPasswordField, oldPasswordError)
                .add("account.password", passwordField, passwordError)
                .add("account.repeat", repeatField, repeatError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
