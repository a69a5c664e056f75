package org.dianmifeng.console.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.dianmifeng.console.core.Messages;

/** The console's dialogs: errors, confirmations and forms whose OK saves before the dialog closes. */
public final class Dialogs {
    private Dialogs() {
    }

    public static void error(Window owner, Messages messages, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        alert.setTitle(messages.text("dialog.error.title"));
        alert.setHeaderText(null);
        alert.initOwner(owner);
        alert.getDialogPane().setId("errorDialog");
        alert.showAndWait();
    }

    public static boolean confirm(Window owner, Messages messages, String text) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle(messages.text("dialog.confirm.title"));
        alert.setHeaderText(null);
        alert.initOwner(owner);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /** Asks for a free text, such as a reason; empty if cancelled. */
    public static Optional<String> askText(Window owner, Messages messages, String title, String prompt, String initial) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        TextArea area = new TextArea(initial == null ? "" : initial);
        area.setPrefRowCount(3);
        area.setWrapText(true);
        area.setId("askTextField");
        dialog.getDialogPane().setContent(new VBox(8, new Label(prompt), area));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? area.getText() : null);
        area.requestFocus();
        return dialog.showAndWait();
    }

    /**
     * Shows a form. OK does not close it: it calls {@code save}, which runs in the background and calls
     * back {@code done} on success; only then the dialog closes. On failure the form stays with what
     * was typed, and the form's own labels show what is wrong.
     */
    public static void form(Window owner, Messages messages, String title, Node content,
                            Consumer<Runnable> save, ObservableValue<Boolean> busy) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        ButtonType saveType = new ButtonType(messages.text("action.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(saveType);
        saveButton.setId("saveButton");
        saveButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> Boolean.TRUE.equals(busy.getValue()), busy));
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save.accept(() -> {
                dialog.setResult(null);
                dialog.close();
            });
        });
        dialog.showAndWait();
    }
}
