package org.dianmifeng.console.party.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The form of a grid of a community. */
public final class GridFormView {
    private final GridFormViewModel vm;
    private final Messages messages;
    @FXML private Label communityLabel;
    @FXML private TextField nameField;
    @FXML private TextField leaderNameField;
    @FXML private TextField leaderPhoneField;
    @FXML private Label nameError;
    @FXML private Label leaderNameError;
    @FXML private Label leaderPhoneError;
    @FXML private Label statusLabel;

    public GridFormView(GridFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        communityLabel.setText(vm.community().name());
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        leaderNameField.textProperty().bindBidirectional(vm.leaderNameProperty());
        leaderPhoneField.textProperty().bindBidirectional(vm.leaderPhoneProperty());
        new FormFields(vm.errors())
                .add("grid.name", nameField, nameError)
                .add("grid.leaderName", leaderNameField, leaderNameError)
                .add("grid.leaderPhone", leaderPhoneField, leaderPhoneError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
