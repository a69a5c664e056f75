package org.dianmifeng.console.party.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The form of a bonus or deduction. */
public final class PointsFormView {
    private final PointsFormViewModel vm;
    private final Messages messages;
    @FXML private Label memberLabel;
    @FXML private DatePicker enteredOnPicker;
    @FXML private TextField pointsField;
    @FXML private TextField reasonField;
    @FXML private Label enteredOnError;
    @FXML private Label pointsError;
    @FXML private Label reasonError;
    @FXML private Label statusLabel;

    public PointsFormView(PointsFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        memberLabel.setText(vm.member().member().label(messages));
        enteredOnPicker.valueProperty().bindBidirectional(vm.enteredOnProperty());
        pointsField.textProperty().bindBidirectional(vm.pointsProperty());
        reasonField.textProperty().bindBidirectional(vm.reasonProperty());
        new FormFields(vm.errors())
                .add("points.enteredOn", enteredOnPicker, enteredOnError)
                .add("points.points", pointsField, pointsError)
                .add("points.reason", reasonField, reasonError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
