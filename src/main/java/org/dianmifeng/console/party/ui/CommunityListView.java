package org.dianmifeng.console.party.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.party.CommunityRow;
import org.dianmifeng.console.party.GridRow;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The communities-and-grids tab: the communities above, the grids of the selected community below. */
public final class CommunityListView {
    private final CommunityListViewModel vm;
    private final Messages messages;
    @FXML private TableView<CommunityRow> communityTable;
    @FXML private TableView<GridRow> gridTable;
    @FXML private Label gridsTitle;
    @FXML private TextField filterField;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button addGridButton;
    @FXML private Button editGridButton;
    @FXML private Button deleteGridButton;
    @FXML private Button exportButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelExportButton;
    @FXML private Label statusLabel;
    @FXML private Label gridStatusLabel;

    public CommunityListView(CommunityListViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.screen(this, messages, vm::load);
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(vm.filterProperty());
        TableColumns.fill(communityTable, vm.columnHeaders(), vm::cells);
        TableColumns.bind(communityTable, vm.rows());
        TableColumns.bindSelection(communityTable, vm.selectedProperty());
        TableColumns.fill(gridTable, vm.gridHeaders(), vm::gridCells);
        gridTable.setItems(vm.grids());
        TableColumns.bindSelection(gridTable, vm.selectedGridProperty());
        gridsTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? messages.text("org.grid.none")
                : messages.text("org.grid.of", vm.selectedProperty().get().name()), vm.selectedProperty()));
        ViewSupport.show(vm.canEdit(), addButton, editButton, deleteButton, addGridButton, editGridButton,
                deleteGridButton);
        BooleanExpression none = vm.selectedProperty().isNull().or(vm.busyProperty());
        BooleanExpression noGrid = vm.selectedGridProperty().isNull().or(vm.busyProperty());
        addButton.disableProperty().bind(vm.busyProperty());
        editButton.disableProperty().bind(none);
        deleteButton.disableProperty().bind(none);
        addGridButton.disableProperty().bind(none);
        editGridButton.disableProperty().bind(noGrid);
        deleteGridButton.disableProperty().bind(noGrid);
        ExportControls.wire(exportButton, exportProgress, cancelExportButton, messages, "org.community.export.chooserTitle",
                "org.community.export.fileName", vm);
        ViewSupport.bindStatus(statusLabel, vm, vm.aboutGridsProperty().not());
        ViewSupport.bindStatus(gridStatusLabel, vm, vm.aboutGridsProperty());
    }

    @FXML
    private void add() {
        showForm(vm.newForm(), messages.text("org.community.add.title"));
    }

    @FXML
    private void edit() {
        showForm(vm.editForm(), messages.text("org.community.edit.title"));
    }

    @FXML
    private void delete() {
        if (Dialogs.confirm(communityTable.getScene().getWindow(), messages,
                messages.text("org.community.delete.confirm", vm.selectedProperty().get().name()))) {
            vm.delete();
        }
    }

    @FXML
    private void addGrid() {
        showGridForm(vm.newGridForm(), messages.text("org.grid.add.title"));
    }

    @FXML
    private void editGrid() {
        showGridForm(vm.editGridForm(), messages.text("org.grid.edit.title"));
    }

    @FXML
    private void deleteGrid() {
        if (Dialogs.confirm(communityTable.getScene().getWindow(), messages,
                messages.text("org.grid.delete.confirm", vm.selectedGridProperty().get().name()))) {
            vm.deleteGrid();
        }
    }

    private void showForm(CommunityFormViewModel form, String title) {
        Parent content = new CommunityFormView(form, messages).build();
        Dialogs.form(communityTable.getScene().getWindow(), messages, title, content, form::save, form.busyProperty());
    }

    private void showGridForm(GridFormViewModel form, String title) {
        Parent content = new GridFormView(form, messages).build();
        Dialogs.form(communityTable.getScene().getWindow(), messages, title, content, form::save, form.busyProperty());
    }
}
