package org.dianmifeng.console.activity.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The form that declines a line of hours: the reason, its problem beside it. */
public final class DeclineFormView {
    private final DeclineFormViewModel vm;
    private final Messages messages;
    @FXML private Label promptLabel;
    @FXML private TextArea reasonArea;
    @FXML private Label reasonError;
    @FXML private Label statusLabel;

    public DeclineFormView(DeclineFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        promptLabel.setText(vm.prompt());
        reasonArea.textProperty().bindBidirectional(vm.reasonProperty());
        new FormFields(vm.errors()).add("hours.declineReason", reasonArea, reasonError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
