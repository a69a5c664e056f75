package org.dianmifeng.console.party.ui;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The settings screen of the appraisal and of points. */
public final class AppraisalSettingsView {
    private final AppraisalSettingsViewModel vm;
    private final Messages messages;
    @FXML private GridPane gradeGrid;
    @FXML private Label gradesError;
    @FXML private TextField unitWeightField;
    @FXML private Label unitWeightError;
    @FXML private Label communityWeightLabel;
    @FXML private CheckBox excellentCapBox;
    @FXML private TextField excellentShareField;
    @FXML private Label excellentShareError;
    @FXML private CheckBox neverReportedBox;
    @FXML private CheckBox unqualifiedReasonBox;
    @FXML private TextField pointsField;
    @FXML private Label pointsError;
    @FXML private Button saveButton;
    @FXML private Button resetButton;
    @FXML private Label statusLabel;

    public AppraisalSettingsView(AppraisalSettingsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        Parent root = Views.load(this, messages);
        vm.load();
        return root;
    }

    @FXML
    private void initialize() {
        FormFields fields = new FormFields(vm.errors());
        int row = 0;
        for (Grade g : Grade.values()) {
            CheckBox use = new CheckBox(messages.label(g));
            use.setId("grade" + g.name() + "Box");
            use.selectedProperty().bindBidirectional(vm.inUseProperty(g));
            TextField threshold = new TextField();
            threshold.setId("threshold" + g.name() + "Field");
            threshold.setPrefColumnCount(5);
            threshold.textProperty().bindBidirectional(vm.thresholdProperty(g));
            threshold.disableProperty().bind(vm.thresholdDisabled(g));
            Label error = new Label();
            fields.add(AppraisalSettingsViewModel.thresholdField(g), threshold, error);
            gradeGrid.add(use, 0, row);
            gradeGrid.add(new Label(messages.text("settings.threshold")), 1, row);
            gradeGrid.add(new VBox(threshold, error), 2, row);
            row++;
        }
        fields.add("rules.grades", gradeGrid, gradesError);
        unitWeightField.textProperty().bindBidirectional(vm.unitWeightProperty());
        fields.add("rules.unitWeight", unitWeightField, unitWeightError);
        communityWeightLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.text("settings.communityWeight", vm.communityWeightProperty().get()),
                vm.communityWeightProperty()));
        excellentCapBox.selectedProperty().bindBidirectional(vm.excellentCapProperty());
        excellentShareField.textProperty().bindBidirectional(vm.excellentShareProperty());
        excellentShareField.disableProperty().bind(vm.excellentCapProperty().not());
        fields.add("rules.excellentShare", excellentShareField, excellentShareError);
        neverReportedBox.selectedProperty().bindBidirectional(vm.neverReportedCapProperty());
        unqualifiedReasonBox.selectedProperty().bindBidirectional(vm.unqualifiedNeedsReasonProperty());
        pointsField.textProperty().bindBidirectional(vm.pointsPerHourProperty());
        fields.add("rules.pointsPerHour", pointsField, pointsError);
        saveButton.disableProperty().bind(vm.busyProperty());
        resetButton.disableProperty().bind(vm.busyProperty());
        ViewSupport.bindStatus(statusLabel, vm);
    }

    @FXML
    private void save() {
        vm.save();
    }

    @FXML
    private void reset() {
        vm.resetToDefaults();
    }
}
