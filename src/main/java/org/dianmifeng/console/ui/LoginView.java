package org.dianmifeng.console.ui;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.dianmifeng.console.account.ui.LoginViewModel;
import org.dianmifeng.console.core.Messages;

/**
 * The sign-in screen. Enter signs in; while the password is checked and the database opens, a progress indicator
 * turns and the button waits; a refusal shows above the button. A demo database shows its demo accounts. The
 * language switch draws the screen again in the chosen language.
 */
public final class LoginView {
    private final LoginViewModel vm;
    private final Messages messages;
    private final String demoHint;
    private final Runnable onRecover;
    private final Consumer<Locale> onLanguage;
    @FXML private TextField usernameField;
    @FXML private PasswordField passwordField;
    @FXML private Button loginButton;
    @FXML private Label errorLabel;
    @FXML private Label demoLabel;
    @FXML private Hyperlink recoverLink;
    @FXML private ComboBox<Locale> languageBox;
    @FXML private ProgressIndicator progress;
    @FXML private Label progressLabel;

    /**
     * {@code demoHint} is the text that lists the demo accounts, or null for a real database; {@code onRecover}
     * opens the form that sets an administrator's password with the recovery key; {@code onLanguage} receives the
     * language chosen.
     */
    public LoginView(LoginViewModel vm, Messages messages, String demoHint, Runnable onRecover,
                     Consumer<Locale> onLanguage) {
        this.vm = vm;
        this.messages = messages;
        this.demoHint = demoHint;
        this.onRecover = onRecover;
        this.onLanguage = onLanguage;
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
        // a refusal: the password field, right above its reason, takes the next try (the name, if it is missing)
        vm.errorProperty().addListener((o, was, now) -> {
            if (now != null) {
                javafx.application.Platform.runLater(() ->
                        (vm.usernameProperty().get().isBlank() ? usernameField : passwordField).requestFocus());
            }
        });
        recoverLink.setOnAction(e -> onRecover.run());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progressLabel.visibleProperty().bind(vm.busyProperty());
        progressLabel.managedProperty().bind(progressLabel.visibleProperty());
        usernameField.disableProperty().bind(vm.busyProperty());
        passwordField.disableProperty().bind(vm.busyProperty());
        ViewSupport.languageChoice(languageBox, messages, onLanguage);
        languageBox.disableProperty().bind(vm.busyProperty());
        demoLabel.setText(demoHint);
        ViewSupport.show(demoHint != null, demoLabel);
    }
}
