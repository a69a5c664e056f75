package org.dianmifeng.console.volunteer.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.TeamKind;

/** The form of a team. */
public final class TeamFormView {
    private final TeamFormViewModel vm;
    private final Messages messages;
    @FXML private TextField nameField;
    @FXML private ComboBox<TeamKind> kindBox;
    @FXML private ComboBox<Unit> unitBox;
    @FXML private VBox leaderBox;
    @FXML private DatePicker foundedOnPicker;
    @FXML private TextField brandField;
    @FXML private TextArea notesArea;
    @FXML private Label nameError;
    @FXML private Label kindError;
    @FXML private Label unitError;
    @FXML private Label leaderError;
    @FXML private Label foundedOnError;
    @FXML private Label brandError;
    @FXML private Label notesError;
    @FXML private Label statusLabel;

    public TeamFormView(TeamFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        ViewSupport.enumChoices(kindBox, TeamKind.class, messages);
        kindBox.valueProperty().bindBidirectional(vm.kindProperty());
        unitBox.getItems().setAll(vm.units());
        unitBox.setConverter(ViewSupport.converter(Unit::name));
        unitBox.valueProperty().bindBidirectional(vm.unitProperty());
        leaderBox.getChildren().add(0, new PersonPickerView(vm.leader(), messages, true).build());
        foundedOnPicker.valueProperty().bindBidirectional(vm.foundedOnProperty());
        brandField.textProperty().bindBidirectional(vm.brandProperty());
        notesArea.textProperty().bindBidirectional(vm.notesProperty());
        new FormFields(vm.errors())
                .add("team.name", nameField, nameError)
                .add("team.kind", kindBox, kindError)
                .add("team.unit", unitBox, unitError)
                .add("team.leader", leaderBox, leaderError)
                .add("team.foundedOn", foundedOnPicker, foundedOnError)
                .add("team.brand", brandField, brandError)
                .add("team.notes", notesArea, notesError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
