package org.dianmifeng.console.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.dianmifeng.console.account.ui.LoginViewModel;
import org.dianmifeng.console.core.Messages;

/** The sign-in screen. Enter signs in; a demo database shows its demo accounts. */
public final class LoginView {
    private final LoginViewModel vm;
    private final Messages messages;
    private final String demoHint;
    private final Runnable onRecover;
    @FXML private TextField usernameField;
    @FXML private PasswordField passwordField;
    @FXML private Button loginButton;
    @FXML private Label errorLabel;
    @FXML private Label demoLabel;
    @FXML private Hyperlink recoverLink;

    /**
     * {@code demoHint} is the text that lists the demo accounts, or null for a real database; {@code onRecover}
     * opens the form that sets an administrator's password with the recovery key.
     */
    public LoginView(LoginViewModel vm, Messages messages, String demoHint, Runnable onRecover) {
        this.vm = vm;
        this.messages = messages;
        this.demoHint = demoHint;
        this.onRecover = onRecover;
    }

    public Parent build() {
        Parent root = Views.load(this, messages);
        javafx.application.Platform.runLater(() ->
                (vm.usernameProperty().get().isBlank() ? usernameField : passwordField).requestFocus());
        return root;
    }

    @FXML
    private void initialize() {
        usernameField.textProperty().bindBidirectional(vm.usernameProperty());
        passwordField.textProperty().bindBidirectional(vm.passwordProperty());
        loginButton.disableProperty().bind(vm.canLoginProperty().not());
        loginButton.setOnAction(e -> vm.login());
        errorLabel.textProperty().bind(vm.errorProperty());
        errorLabel.visibleProperty().bind(vm.errorProperty().isNotNull());
        recoverLink.setOnAction(e -> onRecover.run());
        demoLabel.setText(demoHint);
        ViewSupport.show(demoHint != null, demoLabel);
    }
}
