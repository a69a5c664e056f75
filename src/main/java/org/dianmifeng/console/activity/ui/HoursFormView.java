package org.dianmifeng.console.activity.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.volunteer.ui.PersonPickerView;

/** The form of one person's hours at an activity: added, changed or corrected. */
public final class HoursFormView {
    private final HoursFormViewModel vm;
    private final Messages messages;
    @FXML private Label hintLabel;
    @FXML private VBox personBox;
    @FXML private TextField hoursField;
    @FXML private Label reasonLabel;
    @FXML private TextArea reasonArea;
    @FXML private Label personError;
    @FXML private Label hoursError;
    @FXML private Label reasonError;
    @FXML private Label statusLabel;

    public HoursFormView(HoursFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        hintLabel.setText(vm.hint());
        if (vm.person() != null) {
            personBox.getChildren().add(0, new PersonPickerView(vm.person(), messages, false).build());
        } else {
            personBox.getChildren().add(0, new Label(vm.personName()));
        }
        hoursField.textProperty().bindBidirectional(vm.hoursProperty());
        reasonLabel.setText(vm.reasonLabel());
        reasonArea.textProperty().bindBidirectional(vm.reasonProperty());
        new FormFields(vm.errors())
                .add("hours.person", personBox, personError)
                .add("hours.hours", hoursField, hoursError)
                .add(vm.reasonField(), reasonArea, reasonError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
