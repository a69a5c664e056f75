package org.dianmifeng.console.party.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.party.BranchRow;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.volunteer.ui.PersonPickerView;

/** The form of a party member: the person (picked when new, fixed when edited), branch and dates. */
public final class MemberFormView {
    private final MemberFormViewModel vm;
    private final Messages messages;
    @FXML private VBox personBox;
    @FXML private Label personLabel;
    @FXML private Label personHint;
    @FXML private ComboBox<BranchRow> branchBox;
    @FXML private DatePicker joinedOnPicker;
    @FXML private DatePicker fullOnPicker;
    @FXML private Label personError;
    @FXML private Label branchError;
    @FXML private Label joinedOnError;
    @FXML private Label fullOnError;
    @FXML private Label statusLabel;

    public MemberFormView(MemberFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        if (vm.isNew()) {
            personBox.getChildren().add(0, new PersonPickerView(vm.person(), messages, false).build());
            ViewSupport.show(false, personLabel);
        } else {
            personLabel.setText(vm.person().chosenProperty().get().label(messages));
            ViewSupport.show(false, personHint);
        }
        branchBox.getItems().setAll(vm.branches());
        branchBox.setConverter(ViewSupport.converter(BranchRow::name));
        branchBox.valueProperty().bindBidirectional(vm.branchProperty());
        joinedOnPicker.valueProperty().bindBidirectional(vm.joinedOnProperty());
        fullOnPicker.valueProperty().bindBidirectional(vm.fullOnProperty());
        new FormFields(vm.errors())
                .add("member.person", personBox, personError)
                .add("member.branch", branchBox, branchError)
                .add("member.joinedOn", joinedOnPicker, joinedOnError)
                .add("member.fullOn", fullOnPicker, fullOnError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
