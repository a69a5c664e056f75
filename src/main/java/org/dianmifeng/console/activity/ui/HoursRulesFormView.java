package org.dianmifeng.console.activity.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The administrator's small form of the late-entry settings. */
public final class HoursRulesFormView {
    private final HoursRulesFormViewModel vm;
    private final Messages messages;
    @FXML private TextField lateField;
    @FXML private TextField refuseField;
    @FXML private Label lateError;
    @FXML private Label refuseError;
    @FXML private Label statusLabel;

    public HoursRulesFormView(HoursRulesFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        lateField.textProperty().bindBidirectional(vm.lateAfterDaysProperty());
        refuseField.textProperty().bindBidirectional(vm.refuseAfterDaysProperty());
        new FormFields(vm.errors())
                .add("hoursRules.lateAfterDays", lateField, lateError)
                .add("hoursRules.refuseAfterDays", refuseField, refuseError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
