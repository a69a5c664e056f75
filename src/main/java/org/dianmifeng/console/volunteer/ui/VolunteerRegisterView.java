package org.dianmifeng.console.volunteer.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The form that registers a person as a volunteer. */
public final class VolunteerRegisterView {
    private final VolunteerRegisterViewModel vm;
    private final Messages messages;
    @FXML private VBox personBox;
    @FXML private DatePicker registeredOnPicker;
    @FXML private Label personError;
    @FXML private Label registeredOnError;
    @FXML private Label statusLabel;

    public VolunteerRegisterView(VolunteerRegisterViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        personBox.getChildren().add(0, new PersonPickerView(vm.person(), messages, false).build());
        registeredOnPicker.valueProperty().bindBidirectional(vm.registeredOnProperty());
        new FormFields(vm.errors())
                .add("volunteer.person", personBox, personError)
                .add("volunteer.registeredOn", registeredOnPicker, registeredOnError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
