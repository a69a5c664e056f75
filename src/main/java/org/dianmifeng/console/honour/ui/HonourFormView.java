package org.dianmifeng.console.honour.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.honour.RecipientKind;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.unit.UnitOrder;
import org.dianmifeng.console.volunteer.TeamRow;
import org.dianmifeng.console.volunteer.ui.PersonPickerView;

/** The form of an honour: the recipient kind shows the unit chooser, the team chooser or the person picker. */
public final class HonourFormView {
    private final HonourFormViewModel vm;
    private final Messages messages;
    private Parent personPicker;
    @FXML private TextField titleField;
    @FXML private ComboBox<HonourLevel> levelBox;
    @FXML private TextField categoryField;
    @FXML private TextField awardedByField;
    @FXML private ComboBox<Integer> yearBox;
    @FXML private DatePicker awardedOnPicker;
    @FXML private ComboBox<RecipientKind> kindBox;
    @FXML private VBox recipientBox;
    @FXML private ComboBox<UnitOrder.Entry> unitBox;
    @FXML private ComboBox<TeamRow> teamBox;
    @FXML private TextField certificateNoField;
    @FXML private TextArea notesArea;
    @FXML private Label titleError;
    @FXML private Label levelError;
    @FXML private Label categoryError;
    @FXML private Label awardedByError;
    @FXML private Label yearError;
    @FXML private Label awardedOnError;
    @FXML private Label kindError;
    @FXML private Label recipientError;
    @FXML private Label certificateNoError;
    @FXML private Label notesError;
    @FXML private Label statusLabel;

    public HonourFormView(HonourFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        titleField.textProperty().bindBidirectional(vm.titleProperty());
        ViewSupport.enumChoices(levelBox, HonourLevel.class, messages);
        levelBox.valueProperty().bindBidirectional(vm.levelProperty());
        categoryField.textProperty().bindBidirectional(vm.categoryProperty());
        awardedByField.textProperty().bindBidirectional(vm.awardedByProperty());
        yearBox.getItems().setAll(vm.years());
        yearBox.valueProperty().bindBidirectional(vm.yearProperty());
        awardedOnPicker.valueProperty().bindBidirectional(vm.awardedOnProperty());
        ViewSupport.enumChoices(kindBox, RecipientKind.class, messages);
        kindBox.valueProperty().bindBidirectional(vm.recipientKindProperty());
        unitBox.getItems().setAll(vm.units());
        unitBox.setConverter(ViewSupport.converter(UnitOrder.Entry::indentedName));
        unitBox.setButtonCell(cell(e -> e.unit().name()));
        unitBox.valueProperty().bindBidirectional(vm.unitProperty());
        unitBox.setPromptText(messages.text("honour.recipient.unitPrompt"));
        teamBox.getItems().setAll(vm.teams());
        teamBox.setConverter(ViewSupport.converter(t -> messages.withDetail(t.name(), t.unitName())));
        teamBox.valueProperty().bindBidirectional(vm.teamProperty());
        teamBox.setPromptText(messages.text("honour.recipient.teamPrompt"));
        personPicker = new PersonPickerView(vm.person(), messages, false).build();
        recipientBox.getChildren().add(2, personPicker);
        showKind(vm.recipientKindProperty().get());
        vm.recipientKindProperty().addListener((o, a, b) -> showKind(b));
        certificateNoField.textProperty().bindBidirectional(vm.certificateNoProperty());
        notesArea.textProperty().bindBidirectional(vm.notesProperty());
        new FormFields(vm.errors())
                .add("honour.title", titleField, titleError)
                .add("honour.level", levelBox, levelError)
                .add("honour.category", categoryField, categoryError)
                .add("honour.awardedBy", awardedByField, awardedByError)
                .add("honour.year", yearBox, yearError)
                .add("honour.awardedOn", awardedOnPicker, awardedOnError)
                .add("honour.recipientKind", kindBox, kindError)
                .add("honour.recipient", recipientBox, recipientError)
                .add("honour.certificateNo", certificateNoField, certificateNoError)
                .add("honour.notes", notesArea, notesError);
        ViewSupport.bindStatus(statusLabel, vm);
    }

    private void showKind(RecipientKind kind) {
        ViewSupport.show(kind == RecipientKind.UNIT, unitBox);
        ViewSupport.show(kind == RecipientKind.TEAM, teamBox);
        ViewSupport.show(kind == RecipientKind.PERSON, personPicker);
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
