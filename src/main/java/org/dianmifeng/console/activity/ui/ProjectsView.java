package org.dianmifeng.console.activity.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.dianmifeng.console.activity.Project;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.DateFields;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.TableColumns;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.unit.Unit;

/** The projects: the list, and the form of the selected or a new one (for the office). */
public final class ProjectsView {
    private final ProjectsViewModel vm;
    private final Messages messages;
    private final boolean editable;
    @FXML private TableView<Project> projectTable;
    @FXML private TextField nameField;
    @FXML private TextField brandField;
    @FXML private ComboBox<Unit> unitBox;
    @FXML private CheckBox activeBox;
    @FXML private DatePicker startedPicker;
    @FXML private DatePicker endedPicker;
    @FXML private Label nameError;
    @FXML private Label brandError;
    @FXML private Label unitError;
    @FXML private Label startedError;
    @FXML private Label endedError;
    @FXML private Button newButton;
    @FXML private Button saveButton;
    @FXML private Label statusLabel;
    @FXML private Label readOnlyLabel;
    @FXML private javafx.scene.layout.GridPane formGrid;
    @FXML private javafx.scene.layout.HBox buttonBar;

    public ProjectsView(ProjectsViewModel vm, Messages messages, boolean editable) {
        this.vm = vm;
        this.messages = messages;
        this.editable = editable;
    }

    public Parent build() {
        Parent root = Views.load(this, messages);
        vm.load();
        return root;
    }

    @FXML
    private void initialize() {
        TableColumns.fill(projectTable, vm.columnHeaders(), vm::cells);
        projectTable.setItems(vm.projects());
        projectTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        brandField.textProperty().bindBidirectional(vm.brandProperty());
        unitBox.setItems(vm.units());
        unitBox.setConverter(ViewSupport.converter(Unit::name));
        unitBox.valueProperty().bindBidirectional(vm.unitProperty());
        activeBox.selectedProperty().bindBidirectional(vm.activeProperty());
        startedPicker.valueProperty().bindBidirectional(vm.startedOnProperty());
        endedPicker.valueProperty().bindBidirectional(vm.endedOnProperty());
        new FormFields(vm.errors())
                .add("project.name", nameField, nameError)
                .add("project.brand", brandField, brandError)
                .add("project.unit", unitBox, unitError)
                .add("project.startedOn", startedPicker, startedError)
                .add("project.endedOn", endedPicker, endedError);
        // read only (a team leader's): the list, and who keeps it, without a form nobody can fill
        ViewSupport.show(editable, formGrid, buttonBar);
        ViewSupport.show(!editable, readOnlyLabel);
        saveButton.disableProperty().bind(vm.busyProperty());
        ViewSupport.bindStatus(statusLabel, vm);
    }

    @FXML
    private void startNew() {
        projectTable.getSelectionModel().clearSelection();
        vm.startNew();
    }

    @FXML
    private void save() {
        if (!DateFields.refuseUnreadable(startedPicker, endedPicker)) {
            vm.save();
        }
    }
}
