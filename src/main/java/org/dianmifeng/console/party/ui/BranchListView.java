package org.dianmifeng.console.party.ui;

import javafx.beans.binding.BooleanExpression;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.party.BranchRow;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The branches tab: the list of branches and, for those who organise, add, edit and delete. */
public final class BranchListView {
    private final BranchListViewModel vm;
    private final Messages messages;
    @FXML private TableView<BranchRow> branchTable;
    @FXML private TextField filterField;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button exportButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private Label statusLabel;

    public BranchListView(BranchListViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.screen(this, messages, vm::load);
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(vm.filterProperty());
        TableColumns.fill(branchTable, vm.columnHeaders(), vm::cells);
        TableColumns.bind(branchTable, vm.rows());
        TableColumns.bindSelection(branchTable, vm.selectedProperty());
        ViewSupport.show(vm.canEdit(), addButton, editButton, deleteButton);
        BooleanExpression none = vm.selectedProperty().isNull().or(vm.busyProperty());
        addButton.disableProperty().bind(vm.busyProperty());
        editButton.disableProperty().bind(none);
        deleteButton.disableProperty().bind(none);
        ExportControls.wire(exportButton, exportProgress, cancelExportButton, messages, "org.branch.export.chooserTitle",
                "org.branch.export.fileName", vm);
        ViewSupport.bindStatus(statusLabel, vm);
    }

    @FXML
    private void add() {
        showForm(vm.newForm(), messages.text("org.branch.add.title"));
    }

    @FXML
    private void edit() {
        showForm(vm.editForm(), messages.text("org.branch.edit.title"));
    }

    @FXML
    private void delete() {
        if (Dialogs.confirm(branchTable.getScene().getWindow(), messages,
                messages.text("org.branch.delete.confirm", vm.selectedProperty().get().name()))) {
            vm.delete();
        }
    }

    private void showForm(BranchFormViewModel form, String title) {
        Parent content = new BranchFormView(form, messages).build();
        Dialogs.form(branchTable.getScene().getWindow(), messages, title, content, form::save, form.busyProperty());
    }
}
