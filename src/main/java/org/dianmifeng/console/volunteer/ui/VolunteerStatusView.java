package org.dianmifeng.console.volunteer.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.volunteer.VolunteerStatus;

/** The form of a volunteer's status change, with its reason. */
public final class VolunteerStatusView {
    private final VolunteerStatusViewModel vm;
    private final Messages messages;
    @FXML private Label headingLabel;
    @FXML private ComboBox<VolunteerStatus> statusBox;
    @FXML private TextArea reasonArea;
    @FXML private Label statusError;
    @FXML private Label reasonError;
    @FXML private Label statusLabel;

    public VolunteerStatusView(VolunteerStatusViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        headingLabel.setText(vm.heading());
        ViewSupport.enumChoices(statusBox, VolunteerStatus.class, messages);
        statusBox.getItems().setAll(vm.choices());
        statusBox.valueProperty().bindBidirectional(vm.statusProperty());
        reasonArea.textProperty().bindBidirectional(vm.reasonProperty());
        new FormFields(vm.errors())
                .add("volunteer.status", statusBox, statusError)
                .add("volunteer.reason", reasonArea, reasonError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
