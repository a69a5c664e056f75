package org.dianmifeng.console.ui;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.account.ui.FirstAdminViewModel;
import org.dianmifeng.console.core.Messages;

/**
 * The first start: create the administrator account, then load the sample data or begin empty.
 * Loading runs in the background with a progress bar and a cancel button. Enter submits the step shown; the
 * language switch draws the screen again in the chosen language.
 */
public final class FirstStartView {
    private final FirstAdminViewModel admin;
    private final Messages messages;
    private final TaskRunner runner;
    private final Work<Void> loadSampleData;
    private final Consumer<String> onDone;
    private final Consumer<Locale> onLanguage;
    @FXML private ComboBox<Locale> languageBox;
    @FXML private VBox adminStep;
    @FXML private VBox sampleStep;
    @FXML private TextField usernameField;
    @FXML private TextField displayNameField;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField repeatField;
    @FXML private Label usernameError;
    @FXML private Label displayNameError;
    @FXML private Label passwordError;
    @FXML private Label repeatError;
    @FXML private Label statusLabel;
    @FXML private Button createButton;
    @FXML private Button loadButton;
    @FXML private Button emptyButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label sampleStatus;
    private String createdUsername;
    private Job job;

    /**
     * {@code loadSampleData} fills the new database; {@code onDone} receives the new administrator's
     * username when the user goes on to sign in; {@code onLanguage} the language chosen.
     */
    public FirstStartView(FirstAdminViewModel admin, Messages messages, TaskRunner runner, Work<Void> loadSampleData,
                          Consumer<String> onDone, Consumer<Locale> onLanguage) {
        this.onLanguage = onLanguage;
        this.admin = admin;
        this.messages = messages;
        this.runner = runner;
        this.loadSampleData = loadSampleData;
        this.onDone = onDone;
    }

    public Parent build() {
        Parent root = Views.load(this, messages);
        javafx.application.Platform.runLater(() ->
                (admin.usernameProperty().get().isBlank() ? usernameField : displayNameField).requestFocus());
        return root;
    }

    @FXML
    private void initialize() {
        usernameField.textProperty().bindBidirectional(admin.usernameProperty());
        displayNameField.textProperty().bindBidirectional(admin.displayNameProperty());
        passwordField.textProperty().bindBidirectional(admin.passwordProperty());
        repeatField.textProperty().bindBidirectional(admin.repeatProperty());
        new FormFields(admin.errors())
                .add("account.username", usernameField, usernameError)
                .add("account.displayName", displayNameField, displayNameError)
                .add("account.password", passwordField, passwordError)
                .add("account.repeat", repeatField, repeatError);
        ViewSupport.bindStatus(statusLabel, admin);
        createButton.disableProperty().bind(admin.busyProperty());
        createButton.setOnAction(e -> admin.create());
        // one default button at a time: the scene keeps the last one made for Enter, even when it is hidden
        createButton.defaultButtonProperty().bind(adminStep.visibleProperty());
        loadButton.defaultButtonProperty().bind(sampleStep.visibleProperty().and(loadButton.disabledProperty().not()));
        ViewSupport.languageChoice(languageBox, messages, onLanguage);
        showStep(false);
        progressBar.setVisible(false);
        cancelButton.setVisible(false);
        loadButton.setOnAction(e -> load());
        emptyButton.setOnAction(e -> onDone.accept(createdUsername));
        cancelButton.setOnAction(e -> {
            if (job != null) {
                job.cancel();
            }
        });
    }

    /** Called by the shell when the administrator account exists: on to the sample data step. */
    public void adminCreated(String username) {
        createdUsername = username;
        showStep(true);
    }

    /** The new administrator's username once the account exists, else null. */
    public String createdUsername() {
        return createdUsername;
    }

    private void showStep(boolean sample) {
        ViewSupport.show(!sample, adminStep);
        ViewSupport.show(sample, sampleStep);
    }

    private void load() {
        loadButton.setDisable(true);
        emptyButton.setDisable(true);
        languageBox.setDisable(true);
        progressBar.setVisible(true);
        cancelButton.setVisible(true);
        sampleStatus.setText(messages.text("firstStart.loading"));
        job = runner.run(loadSampleData, done -> onDone.accept(createdUsername), e -> {
            sampleStatus.setText(messages.describe(e));
            loadButton.setDisable(false);
            emptyButton.setDisable(false);
            languageBox.setDisable(false);
            cancelButton.setVisible(false);
        });
        progressBar.progressProperty().bind(job.progressProperty());
    }
}
