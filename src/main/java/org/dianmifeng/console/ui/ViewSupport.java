package org.dianmifeng.console.ui;

import javafx.scene.Node;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.dianmifeng.console.core.Messages;

/** The few bindings every view repeats: the status line, error labels beside fields, labelled choices. */
public final class ViewSupport {
    private ViewSupport() {
    }

    /** A status label that shows the last error in red, else the last notice. */
    public static void bindStatus(Label label, ViewModel vm) {
        label.textProperty().bind(Bindings.createStringBinding(
                () -> vm.errorProperty().get() != null ? vm.errorProperty().get() : vm.noticeProperty().get(),
                vm.errorProperty(), vm.noticeProperty()));
        vm.errorProperty().addListener((o, a, b) -> {
            label.getStyleClass().removeAll("danger", "success");
            label.getStyleClass().add(b != null ? "danger" : "success");
        });
    }

    /** Shows the nodes, or hides them so that they also take no room. */
    public static void show(boolean shown, Node... nodes) {
        for (Node n : nodes) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }

    /** A label under a form field that shows that field's problem and takes no room when there is none. */
    public static void bindFieldError(Label label, FieldErrors errors, String field) {
        label.textProperty().bind(errors.of(field));
        label.visibleProperty().bind(errors.of(field).isNotNull());
        label.managedProperty().bind(label.visibleProperty());
        label.getStyleClass().add("field-error");
    }

    public static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null; // choices are picked from the list, never typed
            }
        };
    }

    /**
     * The language switch of the main window, the first start and the sign-in: Chinese and English, each named in
     * its own language, showing {@code messages}' language; a choice of the other calls {@code onChoice}.
     */
    public static void languageChoice(ComboBox<Locale> box, Messages messages, Consumer<Locale> onChoice) {
        box.getItems().setAll(Messages.CHINESE, Messages.ENGLISH);
        box.setConverter(converter(l -> messages.text("language." + l.getLanguage())));
        box.setValue(messages.locale().getLanguage().equals("en") ? Messages.ENGLISH : Messages.CHINESE);
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                onChoice.accept(b);
            }
        });
    }

    /** Fills a combo box with the constants of an enum, shown by their bundle labels. */
    public static <E extends Enum<E>> void enumChoices(ComboBox<E> box, Class<E> type, Messages messages) {
        box.getItems().setAll(type.getEnumConstants());
        box.setConverter(converter(messages::label));
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.label(item));
            }
        });
    }
}
