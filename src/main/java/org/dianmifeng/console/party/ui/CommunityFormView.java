package org.dianmifeng.console.party.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The form of a community. */
public final class CommunityFormView {
    private final CommunityFormViewModel vm;
    private final Messages messages;
    @FXML private TextField codeField;
    @FXML private TextField nameField;
    @FXML private TextField streetField;
    @FXML private Label codeError;
    @FXML private Label nameError;
    @FXML private Label streetError;
    @FXML private Label statusLabel;

    public CommunityFormView(CommunityFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        codeField.textProperty().bindBidirectional(vm.codeProperty());
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        streetField.textProperty().bindBidirectional(vm.streetProperty());
        new FormFields(vm.errors())
                .add("community.code", codeField, codeError)
                .add("community.name", nameField, nameError)
                .add("community.street", streetField, streetError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
