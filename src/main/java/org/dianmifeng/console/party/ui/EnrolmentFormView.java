package org.dianmifeng.console.party.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.party.CommunityRow;
import org.dianmifeng.console.party.EnrolmentRow;
import org.dianmifeng.console.party.GridRole;
import org.dianmifeng.console.party.GridRow;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;

/** The form that enrols a member in a grid, or moves them to another grid. */
public final class EnrolmentFormView {
    private final EnrolmentFormViewModel vm;
    private final Messages messages;
    @FXML private Label memberLabel;
    @FXML private Label fromCaption;
    @FXML private VBox fromBox;
    @FXML private Label fromLabel;
    @FXML private ComboBox<CommunityRow> communityBox;
    @FXML private ComboBox<GridRow> gridBox;
    @FXML private Label dateCaption;
    @FXML private DatePicker datePicker;
    @FXML private ComboBox<GridRole> roleBox;
    @FXML private TextField specialtiesField;
    @FXML private TextField preferencesField;
    @FXML private Label gridError;
    @FXML private Label dateError;
    @FXML private Label endedError;
    @FXML private Label roleError;
    @FXML private Label specialtiesError;
    @FXML private Label preferencesError;
    @FXML private Label statusLabel;

    public EnrolmentFormView(EnrolmentFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        memberLabel.setText(vm.member().ref().label(messages));
        EnrolmentRow from = vm.moving();
        ViewSupport.show(from != null, fromCaption, fromBox);
        if (from != null) {
            fromLabel.setText(messages.withDetail(from.communityName() + " / " + from.gridName(),
                    from.enrolment().reportedOn().toString()));
        }
        dateCaption.setText(messages.text(from != null ? "org.member.move.date" : "field.enrolment.reportedOn"));
        communityBox.getItems().setAll(vm.communities());
        communityBox.setConverter(ViewSupport.converter(c -> c.community().street() + " · " + c.name()));
        communityBox.valueProperty().bindBidirectional(vm.communityProperty());
        gridBox.setItems(vm.grids());
        gridBox.setConverter(ViewSupport.converter(GridRow::name));
        gridBox.valueProperty().bindBidirectional(vm.gridProperty());
        datePicker.valueProperty().bindBidirectional(vm.dateProperty());
        ViewSupport.enumChoices(roleBox, GridRole.class, messages);
        roleBox.valueProperty().bindBidirectional(vm.roleProperty());
        specialtiesField.textProperty().bindBidirectional(vm.specialtiesProperty());
        preferencesField.textProperty().bindBidirectional(vm.preferencesProperty());
        new FormFields(vm.errors())
                .add("enrolment.grid", gridBox, gridError)
                .add("enrolment.reportedOn", datePicker, dateError)
                .add("enrolment.endedOn", datePicker, endedError)
                .add("enrolment.role", roleBox, roleError)
                .add("enrolment.specialties", specialtiesField, specialtiesError)
                .add("enrolment.preferences", preferencesField, preferencesError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
