package org.dianmifeng.console.account.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.dianmifeng.console.core.AuditEntry;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The audit log screen of the administrator. */
public final class AuditLogView {
    private final AuditLogViewModel vm;
    private final Messages messages;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private TextField userField;
    @FXML private ComboBox<String> entityBox;
    @FXML private TextField textField;
    @FXML private TableView<AuditEntry> table;
    @FXML private TextArea beforeArea;
    @FXML private TextArea afterArea;
    @FXML private Button exportButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private Label statusLabel;

    public AuditLogView(AuditLogViewModel vm, Messages messages) {
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
        userField.textProperty().bindBidirectional(vm.userProperty());
        textField.textProperty().bindBidirectional(vm.textProperty());
        entityBox.getItems().add(null);
        entityBox.getItems().addAll(AuditLogViewModel.ENTITIES);
        entityBox.setConverter(ViewSupport.converter(vm::entityLabel));
        entityBox.setCellFactory(l -> entityCell());
        entityBox.setButtonCell(entityCell());
        ViewSupport.fitChoices(entityBox, vm::entityLabel);
        entityBox.valueProperty().bindBidirectional(vm.entityProperty());
        fromPicker.valueProperty().addListener((o, a, b) -> vm.search());
        toPicker.valueProperty().addListener((o, a, b) -> vm.search());
        entityBox.valueProperty().addListener((o, a, b) -> vm.search());

        TableColumns.fill(table, vm.columnHeaders(), vm::cells);
        TableColumns.bind(table, vm.rows());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        beforeArea.textProperty().bind(vm.beforeText());
        afterArea.textProperty().bind(vm.afterText());
        ExportControls.wire(exportButton, exportProgress, cancelExportButton, messages, "audit.export.chooserTitle",
                "audit.export.fileName", vm);
        ViewSupport.bindStatus(statusLabel, vm);
    }

    private ListCell<String> entityCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : vm.entityLabel(item));
            }
        };
    }

    @FXML
    private void search() {
        vm.search();
    }
}
