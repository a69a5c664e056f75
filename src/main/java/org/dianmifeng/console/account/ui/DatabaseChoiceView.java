package org.dianmifeng.console.account.ui;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/**
 * The first start's first step: 本机数据库 (this PC's, chosen) or 连接单位数据库服务器, whose fields show only when
 * it is chosen. Enter goes on.
 */
public final class DatabaseChoiceView {
    private final DatabaseChoiceViewModel<?> vm;
    private final Messages messages;
    private final Consumer<Locale> onLanguage;
    @FXML private ComboBox<Locale> languageBox;
    @FXML private RadioButton localChoice;
    @FXML private RadioButton serverChoice;
    @FXML private VBox serverFields;
    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private TextField databaseField;
    @FXML private TextField userField;
    @FXML private PasswordField passwordField;
    @FXML private CheckBox tlsBox;
    @FXML private Label hostError;
    @FXML private Label portError;
    @FXML private Label databaseError;
    @FXML private Label userError;
    @FXML private Label passwordError;
    @FXML private Label statusLabel;
    @FXML private Button proceedButton;

    public DatabaseChoiceView(DatabaseChoiceViewModel<?> vm, Messages messages, Consumer<Locale> onLanguage) {
        this.vm = vm;
        this.messages = messages;
        this.onLanguage = onLanguage;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        ToggleGroup choice = new ToggleGroup();
        localChoice.setToggleGroup(choice);
        serverChoice.setToggleGroup(choice);
        (vm.serverProperty().get() ? serverChoice : localChoice).setSelected(true);
        vm.serverProperty().bind(serverChoice.selectedProperty());
        ViewSupport.show(vm.serverProperty().get(), serverFields);
        vm.serverProperty().addListener((o, a, b) -> ViewSupport.show(b, serverFields));
        hostField.textProperty().bindBidirectional(vm.hostProperty());
        portField.textProperty().bindBidirectional(vm.portProperty());
        databaseField.textProperty().bindBidirectional(vm.databaseProperty());
        userField.textProperty().bindBidirectional(vm.userProperty());
        passwordField.textProperty().bindBidirectional(vm.passwordProperty());
        tlsBox.selectedProperty().bindBidirectional(vm.tlsProperty());
        new FormFields(vm.errors())
                .add("server.host", hostField, hostError)
                .add("server.port", portField, portError)
                .add("server.database", databaseField, databaseError)
                .add("server.user", userField, userError)
                .add("server.password", passwordField, passwordError);
        ViewSupport.bindStatus(statusLabel, vm);
        ViewSupport.languageChoice(languageBox, messages, onLanguage);
        proceedButton.disableProperty().bind(vm.busyProperty());
        proceedButton.setDefaultButton(true);
        proceedButton.setOnAction(e -> vm.proceed());
    }
}
