package org.dianmifeng.console.unit.ui;

import javafx.scene.control.ProgressBar;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.TreeBranches;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.unit.Unit;

/** The company tree screen. */
public final class UnitTreeView {
    private final UnitTreeViewModel vm;
    private final Messages messages;
    @FXML private TextField filterField;
    @FXML private CheckBox showInactiveBox;
    @FXML private TreeView<Unit> tree;
    @FXML private Button addButton;
    @FXML private Button renameButton;
    @FXML private Button moveButton;
    @FXML private Button activeButton;
    @FXML private Button deleteButton;
    @FXML private Button exportButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private Label statusLabel;

    public UnitTreeView(UnitTreeViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.screen(this, messages, vm::load);
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(vm.filterProperty());
        showInactiveBox.selectedProperty().bindBidirectional(vm.showInactiveProperty());
        tree.rootProperty().bind(vm.rootProperty());
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Unit item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("inactive");
                if (empty || item == null) {
                    setText(null);
                } else {
                    setText(item.name() + "  (" + item.code() + " · " + messages.label(item.kind()) + ")"
                            + (item.active() ? "" : "  [" + messages.text("unit.inactive") + "]"));
                    if (!item.active()) {
                        getStyleClass().add("inactive");
                    }
                }
            }
        });
        TreeBranches.bindSelection(tree, vm.selectedProperty());
        var noSelection = vm.selectedProperty().isNull();
        ViewSupport.show(vm.canEdit(), addButton, renameButton, moveButton, activeButton, deleteButton);
        renameButton.disableProperty().bind(noSelection.or(vm.busyProperty()));
        moveButton.disableProperty().bind(noSelection.or(vm.busyProperty()));
        activeButton.disableProperty().bind(noSelection.or(vm.busyProperty()));
        deleteButton.disableProperty().bind(noSelection.or(vm.busyProperty()));
        addButton.disableProperty().bind(vm.canAddProperty().not());
        activeButton.textProperty().bind(Bindings.createStringBinding(() ->
                vm.selectedProperty().get() != null && !vm.selectedProperty().get().active()
                        ? messages.text("unit.activate") : messages.text("unit.deactivate"), vm.selectedProperty()));
        ExportControls.wire(exportButton, exportProgress, cancelExportButton, messages, "unit.export.chooserTitle",
                "unit.export.fileName", vm);
        ViewSupport.bindStatus(statusLabel, vm);
    }

    @FXML
    private void add() {
        UnitFormViewModel form = vm.newChildForm();
        UnitFormView view = new UnitFormView(form, messages);
        Dialogs.form(tree.getScene().getWindow(), messages, messages.text("unit.add.title"), view.build(),
                form::save, form.busyProperty());
    }

    @FXML
    private void rename() {
        Unit unit = vm.selectedProperty().get();
        TextInputDialog dialog = new TextInputDialog(unit.name());
        dialog.initOwner(tree.getScene().getWindow());
        dialog.setTitle(messages.text("unit.rename.title"));
        dialog.setHeaderText(null);
        dialog.setContentText(messages.text("field.unit.name"));
        dialog.showAndWait().ifPresent(vm::rename);
    }

    @FXML
    private void move() {
        ChoiceDialog<Unit> dialog = new ChoiceDialog<>(null, vm.moveTargets());
        dialog.initOwner(tree.getScene().getWindow());
        dialog.setTitle(messages.text("unit.move.title"));
        dialog.setHeaderText(messages.text("unit.move.header", vm.selectedProperty().get().name()));
        dialog.setContentText(messages.text("unit.move.parent"));
        dialog.getDialogPane().lookupAll(".combo-box").forEach(n ->
                ((javafx.scene.control.ComboBox<Unit>) n).setConverter(ViewSupport.converter(Unit::name)));
        dialog.showAndWait().ifPresent(vm::moveTo);
    }

    @FXML
    private void toggleActive() {
        vm.toggleActive();
    }

    @FXML
    private void delete() {
        Unit unit = vm.selectedProperty().get();
        if (Dialogs.confirm(tree.getScene().getWindow(), messages, messages.text("unit.delete.confirm", unit.name()))) {
            vm.delete();
        }
    }
}
