package org.dianmifeng.console.site.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.site.Amenity;
import org.dianmifeng.console.site.SiteKind;
import org.dianmifeng.console.site.SiteStatus;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.unit.UnitOrder;
import org.dianmifeng.console.volunteer.ui.PersonPickerView;

/** The form of a site: one check box per amenity, the manager found by name or number. */
public final class SiteFormView {
    private final SiteFormViewModel vm;
    private final Messages messages;
    @FXML private TextField codeField;
    @FXML private TextField nameField;
    @FXML private ComboBox<SiteKind> kindBox;
    @FXML private ComboBox<UnitOrder.Entry> unitBox;
    @FXML private TextField addressField;
    @FXML private FlowPane amenityPane;
    @FXML private TextField openingHoursField;
    @FXML private VBox managerBox;
    @FXML private ComboBox<SiteStatus> statusBox;
    @FXML private DatePicker establishedOnPicker;
    @FXML private TextArea notesArea;
    @FXML private Label codeError;
    @FXML private Label nameError;
    @FXML private Label kindError;
    @FXML private Label unitError;
    @FXML private Label addressError;
    @FXML private Label openingHoursError;
    @FXML private Label managerError;
    @FXML private Label statusError;
    @FXML private Label establishedOnError;
    @FXML private Label notesError;
    @FXML private Label statusLabel;

    public SiteFormView(SiteFormViewModel vm, Messages messages) {
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
        ViewSupport.enumChoices(kindBox, SiteKind.class, messages);
        kindBox.valueProperty().bindBidirectional(vm.kindProperty());
        unitBox.getItems().setAll(vm.units());
        unitBox.setConverter(ViewSupport.converter(UnitOrder.Entry::indentedName));
        unitBox.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(UnitOrder.Entry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.unit().name());
            }
        });
        unitBox.valueProperty().bindBidirectional(vm.unitProperty());
        addressField.textProperty().bindBidirectional(vm.addressProperty());
        for (Amenity a : Amenity.values()) {
            CheckBox box = new CheckBox(messages.label(a));
            box.setId("amenity" + a.name());
            box.selectedProperty().bindBidirectional(vm.amenityProperty(a));
            amenityPane.getChildren().add(box);
        }
        openingHoursField.textProperty().bindBidirectional(vm.openingHoursProperty());
        managerBox.getChildren().add(0, new PersonPickerView(vm.manager(), messages, true).build());
        ViewSupport.enumChoices(statusBox, SiteStatus.class, messages);
        statusBox.valueProperty().bindBidirectional(vm.statusProperty());
        establishedOnPicker.valueProperty().bindBidirectional(vm.establishedOnProperty());
        notesArea.textProperty().bindBidirectional(vm.notesProperty());
        new FormFields(vm.errors())
                .add("site.code", codeField, codeError)
                .add("site.name", nameField, nameError)
                .add("site.kind", kindBox, kindError)
                .add("site.unit", unitBox, unitError)
                .add("site.address", addressField, addressError)
                .add("site.openingHours", openingHoursField, openingHoursError)
                .add("site.manager", managerBox, managerError)
                .add("site.status", statusBox, statusError)
                .add("site.establishedOn", establishedOnPicker, establishedOnError)
                .add("site.notes", notesArea, notesError);
        ViewSupport.bindStatus(statusLabel, vm);
    }
}
