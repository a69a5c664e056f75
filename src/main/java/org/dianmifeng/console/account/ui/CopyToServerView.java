package org.dianmifeng.console.account.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.ServerCopy;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/**
 * 复制到单位服务器: the server's fields, 检查 and 复制 with its progress and 停止, the status line (the refusals: a
 * server that holds data, no connection, a wrong password), and after a copy the table of each table's rows and
 * checksum with what to do next.
 */
public final class CopyToServerView {
    private final CopyToServerViewModel vm;
    private final Messages messages;
    @FXML private VBox form;
    @FXML private Label onServerLabel;
    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private TextField databaseField;
    @FXML private TextField userField;
    @FXML private PasswordField passwordField;
    @FXML private CheckBox tlsBox;
    @FXML private CheckBox connectBox;
    @FXML private Label hostError;
    @FXML private Label portError;
    @FXML private Label databaseError;
    @FXML private Label userError;
    @FXML private Label passwordError;
    @FXML private javafx.scene.layout.HBox commandRow;
    @FXML private Button checkButton;
    @FXML private Button copyButton;
    @FXML private ProgressBar copyProgress;
    @FXML private Button cancelButton;
    @FXML private Label statusLabel;
    @FXML private TableView<ServerCopy.TableCopy> table;
    @FXML private Label nextLabel;

    public CopyToServerView(CopyToServerViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        ServerFields f = vm.fields();
        hostField.textProperty().bindBidirectional(f.hostProperty());
        portField.textProperty().bindBidirectional(f.portProperty());
        databaseField.textProperty().bindBidirectional(f.databaseProperty());
        userField.textProperty().bindBidirectional(f.userProperty());
        passwordField.textProperty().bindBidirectional(f.passwordProperty());
        tlsBox.selectedProperty().bindBidirectional(f.tlsProperty());
        connectBox.selectedProperty().bindBidirectional(vm.connectProperty());
        new FormFields(vm.errors())
                .add("server.host", hostField, hostError)
                .add("server.port", portField, portError)
                .add("server.database", databaseField, databaseError)
                .add("server.user", userField, userError)
                .add("server.password", passwordField, passwordError);
        ViewSupport.bindStatus(statusLabel, vm);
        ViewSupport.show(!vm.available(), onServerLabel);
        form.setDisable(!vm.available());

        checkButton.disableProperty().bind(vm.busyProperty());
        checkButton.setOnAction(e -> vm.check());
        copyButton.disableProperty().bind(vm.canCopy().not());
        ViewSupport.whyDisabled(copyButton, vm.whyNotCopy());
        ViewSupport.tipsWhenDisabled(commandRow);
        copyButton.setOnAction(e -> vm.copy());
        cancelButton.setOnAction(e -> vm.cancel());
        ViewSupport.show(false, copyProgress, cancelButton);
        vm.jobProperty().addListener((o, a, job) -> {
            ViewSupport.show(job != null, copyProgress, cancelButton);
            copyProgress.progressProperty().unbind();
            if (job != null) {
                copyProgress.progressProperty().bind(job.progressProperty());
            }
        });

        TableColumns.fill(table, java.util.List.of(messages.text("copyScreen.column.table"),
                messages.text("copyScreen.column.rows"), messages.text("copyScreen.column.checksum")),
                t -> java.util.List.of(t.table(), t.rows(), t.checksum()));
        table.setItems(vm.tables());
        TableColumns.placeholder(table, messages);
        nextLabel.textProperty().bind(vm.nextStepsProperty());
        ViewSupport.show(false, nextLabel);
        vm.nextStepsProperty().addListener((o, a, b) -> ViewSupport.show(b != null, nextLabel));
    }
}
