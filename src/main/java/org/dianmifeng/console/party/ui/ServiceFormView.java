package org.dianmifeng.console.party.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.party.OrgRef;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The form that records a service. */
public final class ServiceFormView {
    private final ServiceFormViewModel vm;
    private final Messages messages;
    @FXML private Label memberLabel;
    @FXML private ComboBox<OrgRef> communityBox;
    @FXML private DatePicker servedOnPicker;
    @FXML private TextField contentField;
    @FXML private TextField hoursField;
    @FXML private Label communityError;
    @FXML private Label servedOnError;
    @FXML private Label contentError;
    @FXML private Label hoursError;
    @FXML private Label statusLabel;

    public ServiceFormView(ServiceFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        memberLabel.setText(vm.member().member().label(messages));
        communityBox.setItems(vm.communities());
        communityBox.setConverter(ViewSupport.converter(OrgRef::name));
        communityBox.valueProperty().bindBidirectional(vm.communityProperty());
        servedOnPicker.valueProperty().bindBidirectional(vm.servedOnProperty());
        contentField.textProperty().bindBidirectional(vm.contentProperty());
        hoursField.textProperty().bindBidirectional(vm.hoursProperty());
        new FormFields(vm.errors())
                .add("service.community", communityBox, communityError)
                .add("service.servedOn", servedOnPicker, servedOnError)
                .add("service.content", contentField, contentError)
                .add("service.hours", hoursField, hoursError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
