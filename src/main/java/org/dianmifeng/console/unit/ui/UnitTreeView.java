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
        // the top unit has nowhere to go; a unit still in use is refused deletion: said on hover, not after a confirm
        var whyNotMove = Bindings.createStringBinding(vm::whyNotMove, vm.selectedProperty(), vm.rootProperty());
        var whyNotDelete = Bindings.createStringBinding(vm::whyNotDelete, vm.selectedProperty(), vm.rootProperty());
        moveButton.disableProperty().bind(noSelection.or(vm.busyProperty()).or(whyNotMove.isNotEmpty()));
        activeButton.disableProperty().bind(noSelection.or(vm.busyProperty()));
        deleteButton.disableProperty().bind(noSelection.or(vm.busyProperty()).or(whyNotDelete.isNotEmpty()));
        ViewSupport.whyDisabled(moveButton, whyNotMove);
        ViewSupport.whyDisabled(deleteButton, whyNotDelete);
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
        vm.clearStatus();
        Dialogs.askLine(tree.getScene().getWindow(), messages, messages.text("unit.rename.title"),
                messages.text("unit.rename.header", unit.name()), messages.text("field.unit.name"), unit.name(), true)
                .ifPresent(vm::rename);
    }

    /**
     * Asks under which unit the selected one goes: the unit it is under now is chosen (Enter changes nothing), the
     * list indents units under the unit above them as the tree does, and the box shows the chosen unit's name.
     */
    @FXML
    @SuppressWarnings("unchecked")
    private void move() {
        vm.clearStatus();
        ChoiceDialog<Unit> dialog = new ChoiceDialog<>(vm.currentParent(), vm.moveTargets());
        dialog.initOwner(tree.getScene().getWindow());
        dialog.setTitle(messages.text("unit.move.title"));
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.ok(messages), Dialogs.cancel(messages));
        dialog.setHeaderText(messages.text("unit.move.header", vm.selectedProperty().get().name()));
        dialog.setContentText(messages.text("unit.move.parent"));
        dialog.getDialogPane().lookupAll(".combo-box").forEach(n -> {
            javafx.scene.control.ComboBox<Unit> box = (javafx.scene.control.ComboBox<Unit>) n;
            box.setId("moveParentBox");
            box.setConverter(ViewSupport.converter(Unit::name));
            box.setCellFactory(l -> ViewSupport.cell(u -> u == null ? "" : vm.indented(u)));
            box.setButtonCell(ViewSupport.cell(u -> u == null ? "" : u.name()));
        });
        dialog.showAndWait().ifPresent(vm::moveTo);
    }

    @FXML
    private void toggleActive() {
        vm.toggleActive();
    }

    @FXML
    private void delete() {
        Unit unit = vm.selectedProperty().get();
        vm.clearStatus();
        if (Dialogs.confirm(tree.getScene().getWindow(), messages, messages.text("unit.delete.confirm", unit.name()))) {
            vm.delete();
        }
    }
}
