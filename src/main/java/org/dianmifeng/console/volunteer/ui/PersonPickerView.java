package org.dianmifeng.console.volunteer.ui;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.unit.PersonRef;

/** A search field, the people found and the one chosen; part of a form. */
public final class PersonPickerView {
    private final PersonPicker vm;
    private final Messages messages;
    private final boolean clearable;
    @FXML private TextField queryField;
    @FXML private ListView<PersonRef> choiceList;
    @FXML private Label chosenLabel;
    @FXML private Button clearButton;

    /** {@code clearable}: whether "nobody" is a valid choice (a team's leader may be left empty). */
    public PersonPickerView(PersonPicker vm, Messages messages, boolean clearable) {
        this.vm = vm;
        this.messages = messages;
        this.clearable = clearable;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        queryField.textProperty().bindBidirectional(vm.queryProperty());
        choiceList.setItems(vm.choices());
        choiceList.setCellFactory(TextFieldListCell.forListView(ViewSupport.converter(p -> p.label(messages))));
        choiceList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.choose(b);
            }
        });
        chosenLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.chosenProperty().get() == null
                ? messages.text("person.picker.none")
                : messages.text("person.picker.chosen", vm.chosenProperty().get().label(messages)), vm.chosenProperty()));
        // Down from the search goes to the matches and takes the first; Up and Down there choose another
        queryField.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DOWN && !choiceList.getItems().isEmpty()) {
                e.consume();
                choiceList.requestFocus();
                if (choiceList.getSelectionModel().isEmpty()) {
                    choiceList.getSelectionModel().selectFirst();
                }
            }
        });
        // the empty list says what it is for: before a search, where to type; after one, that nobody matched
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> vm.queryProperty().get() == null
                || vm.queryProperty().get().isBlank() ? messages.text("person.picker.hint")
                : messages.text("person.picker.noMatch", vm.queryProperty().get().strip()), vm.queryProperty()));
        choiceList.setPlaceholder(placeholder);
        ViewSupport.show(clearable, clearButton);
        clearButton.disableProperty().bind(vm.chosenProperty().isNull());
    }

    @FXML
    private void clear() {
        choiceList.getSelectionModel().clearSelection();
        vm.choose(null);
    }
}
