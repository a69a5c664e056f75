package org.dianmifeng.console.unit.ui;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;

/**
 * The form of one person. Its Save reports every problem at once, a birth date it cannot read among them
 * ({@link #save}).
 */
public final class PersonFormView {
    private final PersonFormViewModel vm;
    private final Messages messages;
    private FormFields fields;
    @FXML private TextField nameField;
    @FXML private ComboBox<Unit> unitBox;
    @FXML private TextField idNumberField;
    @FXML private TextField mobileField;
    @FXML private ComboBox<Gender> genderBox;
    @FXML private DatePicker birthDatePicker;
    @FXML private ComboBox<PoliticalStatus> politicalStatusBox;
    @FXML private TextField employeeNoField;
    @FXML private TextField volunteerNoField;
    @FXML private TextField skillsField;
    @FXML private TextArea notesArea;
    @FXML private Label nameError;
    @FXML private Label unitError;
    @FXML private Label idNumberError;
    @FXML private Label mobileError;
    @FXML private Label genderError;
    @FXML private Label birthDateError;
    @FXML private Label politicalStatusError;
    @FXML private Label employeeNoError;
    @FXML private Label volunteerNoError;
    @FXML private Label skillsError;
    @FXML private Label notesError;
    @FXML private Label statusLabel;

    public PersonFormView(PersonFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    /** The form, loading its unit choices (and the person) in the background. */
    public Parent build() {
        Parent root = Views.load(this, messages);
        vm.load();
        return root;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        idNumberField.textProperty().bindBidirectional(vm.idNumberProperty());
        mobileField.textProperty().bindBidirectional(vm.mobileProperty());
        employeeNoField.textProperty().bindBidirectional(vm.employeeNoProperty());
        volunteerNoField.textProperty().bindBidirectional(vm.volunteerNoProperty());
        skillsField.textProperty().bindBidirectional(vm.skillsProperty());
        notesArea.textProperty().bindBidirectional(vm.notesProperty());
        birthDatePicker.valueProperty().bindBidirectional(vm.birthDateProperty());
        birthDatePicker.promptTextProperty().bind(vm.birthYearProperty());
        if (vm.readOnly()) {
            for (Control field : List.of(nameField, unitBox, idNumberField, mobileField, genderBox,
                    birthDatePicker, politicalStatusBox, employeeNoField, volunteerNoField, skillsField)) {
                field.setDisable(true);
            }
            notesArea.setEditable(false);
        }

        unitBox.setItems(vm.unitChoices());
        unitBox.setConverter(ViewSupport.converter(Unit::name));
        unitBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Unit item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        unitBox.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Unit item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.unitChoiceText(item));
            }
        });
        unitBox.valueProperty().bindBidirectional(vm.unitProperty());
        ViewSupport.enumChoices(genderBox, Gender.class, messages);
        genderBox.valueProperty().bindBidirectional(vm.genderProperty());
        ViewSupport.enumChoices(politicalStatusBox, PoliticalStatus.class, messages);
        politicalStatusBox.valueProperty().bindBidirectional(vm.politicalStatusProperty());

        fields = new FormFields(vm.errors()).reportingUnreadableDates()
                .add("person.name", nameField, nameError)
                .add("person.unit", unitBox, unitError)
                .add("person.idNumber", idNumberField, idNumberError)
                .add("person.mobile", mobileField, mobileError)
                .add("person.gender", genderBox, genderError)
                .add("person.birthDate", birthDatePicker, birthDateError)
                .add("person.politicalStatus", politicalStatusBox, politicalStatusError)
                .add("person.employeeNo", employeeNoField, employeeNoError)
                .add("person.volunteerNo", volunteerNoField, volunteerNoError)
                .add("person.skills", skillsField, skillsError)
                .add("person.notes", notesArea, notesError);
        ViewSupport.bindStatus(statusLabel, vm);
    }

    /** The form's Save for {@code Dialogs.form}: a date it cannot read is reported with every other problem. */
    public void save(Runnable done) {
        vm.save(fields.unreadableDates(), done);
    }
}
