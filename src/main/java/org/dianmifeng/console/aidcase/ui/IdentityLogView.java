package org.dianmifeng.console.aidcase.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.dianmifeng.console.aidcase.IdentityAccess;
import org.dianmifeng.console.aidcase.IdentityAction;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The 身份查看日志 screen of the administrator. */
public final class IdentityLogView {
    private final IdentityLogViewModel vm;
    private final Messages messages;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<IdentityAction> actionBox;
    @FXML private TextField textField;
    @FXML private TableView<IdentityAccess> logTable;
    @FXML private Button exportButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private Label statusLabel;

    public IdentityLogView(IdentityLogViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.screen(this, messages, vm::search);
    }

    @FXML
    private void initialize() {
        fromPicker.valueProperty().bindBidirectional(vm.fromProperty());
        toPicker.valueProperty().bindBidirectional(vm.toProperty());
        actionBox.getItems().add(null);
        actionBox.getItems().addAll(IdentityAction.values());
        actionBox.setConverter(ViewSupport.converter(messages::label));
        actionBox.setButtonCell(actionCell());
        actionBox.setCellFactory(l -> actionCell());
        actionBox.valueProperty().bindBidirectional(vm.actionProperty());
        textField.textProperty().bindBidirectional(vm.textProperty());
        textField.setOnAction(e -> vm.search());
        TableColumns.fill(logTable, vm.columnHeaders(), vm::cells);
        TableColumns.bind(logTable, vm.rows());
        ExportControls.wire(exportButton, exportProgress, cancelExportButton, messages, "case.log.chooserTitle",
                "case.log.fileName", vm);
        ViewSupport.bindStatus(statusLabel, vm);
    }

    @FXML
    private void search() {
        vm.search();
    }

    private ListCell<IdentityAction> actionCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(IdentityAction item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? messages.text("case.log.allActions") : messages.label(item));
            }
        };
    }
}
