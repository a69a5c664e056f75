package org.dianmifeng.console.unit.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.unit.UnitKind;

/** The form of a new unit. */
public final class UnitFormView {
    private final UnitFormViewModel vm;
    private final Messages messages;
    @FXML private Label parentLabel;
    @FXML private TextField codeField;
    @FXML private TextField nameField;
    @FXML private ComboBox<UnitKind> kindBox;
    @FXML private Label codeError;
    @FXML private Label nameError;
    @FXML private Label kindError;
    @FXML private Label statusLabel;

    public UnitFormView(UnitFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        parentLabel.setText(vm.parent() == null ? "" : vm.parent().name());
        codeField.textProperty().bindBidirectional(vm.codeProperty());
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        ViewSupport.enumChoices(kindBox, UnitKind.class, messages);
        kindBox.valueProperty().bindBidirectional(vm.kindProperty());
        new FormFields(vm.errors())
                .add("unit.code", codeField, codeError)
                .add("unit.name", nameField, nameError)
                .add("unit.kind", kindBox, kindError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
