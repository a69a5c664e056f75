package org.dianmifeng.console.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.scene.control.TextField;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.dianmifeng.console.core.Messages;

/** The console's dialogs: errors, confirmations and forms whose OK saves before the dialog closes. */
public final class Dialogs {
    /** Room beside a form for the scroll bar that shows when the screen is too small for it. */
    /** The width a vertical scroll bar takes when it shows. */
    static final double SCROLL_BAR_ROOM = 16;
    /** What a form dialog shows beside its form: the window's title bar, the dialog's padding and its buttons. */
    static final double FORM_CHROME = 160;
    private Dialogs() {
    }

    /** OK in the user's language: JavaFX's own {@link ButtonType#OK} stays in the language the JVM started in. */
    public static ButtonType ok(Messages messages) {
        return new ButtonType(messages.text("action.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    /** Cancel in the user's language, as {@link #ok}. */
    public static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.text("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static void info(Window owner, Messages messages, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ok(messages));
        alert.setTitle(messages.text("app.title"));
        alert.setHeaderText(null);
        alert.initOwner(owner);
        alert.getDialogPane().setId("infoDialog");
        alert.showAndWait();
    }

    public static void error(Window owner, Messages messages, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text, ok(messages));
        alert.setTitle(messages.text("dialog.error.title"));
        alert.setHeaderText(null);
        alert.initOwner(owner);
        alert.getDialogPane().setId("errorDialog");
        alert.showAndWait();
    }

    public static boolean confirm(Window owner, Messages messages, String text) {
        return confirm(owner, messages, text, ok(messages), cancel(messages));
    }

    /**
     * As {@link #confirm(Window, Messages, String)}, the button that does it named by the {@code action} (取消活动,
     * 删除活动) and the other 返回: where the action is itself a cancel, 取消 / 确定 left the person guessing which
     * button cancels what.
     */
    public static boolean confirm(Window owner, Messages messages, String text, String action) {
        return confirm(owner, messages, text, new ButtonType(action, ButtonBar.ButtonData.OK_DONE),
                new ButtonType(messages.text("action.back"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    private static boolean confirm(Window owner, Messages messages, String text, ButtonType ok, ButtonType back) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ok, back);
        alert.setTitle(messages.text("dialog.confirm.title"));
        alert.setHeaderText(null);
        alert.initOwner(owner);
        return alert.showAndWait().filter(b -> b == ok).isPresent();
    }

    /**
     * The recovery key, shown once to an administrator: what it is for, the key large and selectable, and a button
     * that prints it (the sheet for the office safe). Closes only by the button that says it was kept.
     */
    public static void recoveryKey(Window owner, Messages messages, String key) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("recoveryKey.title"));
        dialog.getDialogPane().setId("recoveryKeyDialog");
        Label text = new Label(messages.text("recoveryKey.text"));
        text.setWrapText(true);
        text.setMaxWidth(560);
        TextField field = new TextField(key);
        field.setEditable(false);
        field.setId("recoveryKeyField");
        field.setStyle("-fx-font-family: monospace; -fx-font-size: 20px;");
        field.setPrefColumnCount(40);
        Button print = new Button(messages.text("recoveryKey.print"));
        print.setId("recoveryKeyPrint");
        print.setOnAction(e -> {
            javafx.print.PrinterJob job = javafx.print.PrinterJob.createPrinterJob();
            if (job == null) {
                error(owner, messages, messages.text("recoveryKey.noPrinter"));
            } else if (job.showPrintDialog(dialog.getDialogPane().getScene().getWindow())) {
                Label sheet = new Label(messages.text("recoveryKey.sheet", key));
                sheet.setWrapText(true);
                sheet.setMaxWidth(480);
                sheet.setStyle("-fx-font-size: 14px;");
                if (job.printPage(sheet)) {
                    job.endJob();
                }
            }
        });
        ButtonType kept = new ButtonType(messages.text("recoveryKey.kept"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().setContent(new VBox(12, text, field, print));
        dialog.getDialogPane().getButtonTypes().add(kept);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.showAndWait();
    }

    /**
     * Asks for a free text, such as a reason; empty if cancelled. The cursor starts in the text. A {@code required}
     * text left blank is refused in the dialog, which stays open with 必填 under the text (a reason the service
     * would refuse: the dialog closed first, and what was typed was lost with it).
     */
    public static Optional<String> askText(Window owner, Messages messages, String title, String prompt, String initial,
                                           boolean required) {
        TextArea area = new TextArea(initial == null ? "" : initial);
        area.setPrefRowCount(3);
        area.setWrapText(true);
        return ask(owner, messages, title, null, prompt, area, required);
    }

    /**
     * As {@link #askText}, for a text of one line, such as a name: {@code header} says what it is about (重命名
     * “宜兴市供电公司”), the text starts selected, and Enter in it answers.
     */
    public static Optional<String> askLine(Window owner, Messages messages, String title, String header, String prompt,
                                           String initial, boolean required) {
        TextField field = new TextField(initial == null ? "" : initial);
        field.setPrefColumnCount(30);
        return ask(owner, messages, title, header, prompt, field, required);
    }

    private static Optional<String> ask(Window owner, Messages messages, String title, String header, String prompt,
                                        javafx.scene.control.TextInputControl input, boolean required) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        input.setId("askTextField");
        Label error = new Label(messages.text("error.required"));
        error.setId("askTextError");
        error.getStyleClass().add("field-error");
        ViewSupport.show(false, error);
        input.textProperty().addListener((o, was, now) -> ViewSupport.show(false, error));
        Label label = new Label(prompt);
        label.setWrapText(true);
        label.setMaxWidth(520);
        dialog.getDialogPane().setContent(new VBox(8, label, input, error));
        ButtonType ok = ok(messages);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel(messages));
        dialog.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (required && input.getText().isBlank()) {
                e.consume();
                ViewSupport.show(true, error);
                input.requestFocus();
            }
        });
        dialog.setResultConverter(b -> b == ok ? input.getText() : null);
        dialog.setOnShown(e -> javafx.application.Platform.runLater(() -> {
            input.requestFocus();
            if (input instanceof TextField) {
                input.selectAll();
            }
        }));
        return dialog.showAndWait();
    }

    /**
     * Shows a form. OK does not close it: it calls {@code save}, which runs in the background and calls
     * back {@code done} on success; only then the dialog closes. On failure the form stays with what
     * was typed, and the form's own labels show what is wrong.
     * <p>
     * The form opens with focus on its first field ({@link FormFields#firstInput}); Enter in a field saves (Save
     * is the default button; Enter in a text area starts a new line). The dialog grows with the messages
     * under its fields, so Save and Cancel are never pushed out of sight, and a form taller than the screen
     * scrolls. While the save runs, Cancel is greyed out and the dialog does not close: a refusal then shows in the
     * form, and a long save (certificates written) is not left running unseen. A Save is refused, at the field, while
     * a date picker holds a date it cannot read (unless the form
     * reports such a date with its other problems: {@link FormFields#reportingUnreadableDates}).
     */
    public static void form(Window owner, Messages messages, String title, Node content,
                            Consumer<Runnable> save, ObservableValue<Boolean> busy) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        ButtonType saveType = new ButtonType(messages.text("action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = cancel(messages);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, cancelType);
        Views.prepare(content, messages);
        dialog.getDialogPane().setContent(scrolling(content));
        dialog.getDialogPane().setId("formDialog");
        // the theme holds dialogs to 600 px, which cut the right column of two-column forms
        dialog.getDialogPane().setStyle("-fx-max-width: 100000;");
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(saveType);
        saveButton.setId("saveButton");
        saveButton.setDefaultButton(true);
        javafx.beans.binding.BooleanBinding saving = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> Boolean.TRUE.equals(busy.getValue()), busy);
        saveButton.disableProperty().bind(saving);
        // while its save runs the form stays: closed, a refusal would show in a form nobody sees
        dialog.getDialogPane().lookupButton(cancelType).disableProperty().bind(saving);
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            DateFields.readTyped(content);
            Optional<DatePicker> unreadable = DateFields.firstRejected(content);
            if (unreadable.isPresent() && FormFields.in(content).filter(FormFields::reportsUnreadableDates).isEmpty()) {
                FormFields.focus(unreadable.get());
                return;
            }
            save.accept(() -> {
                dialog.setResult(null);
                dialog.close();
            });
        });
        dialog.setOnShown(e -> {
            dialog.getDialogPane().getScene().getWindow().addEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST,
                    close -> {
                        if (saving.get()) {
                            close.consume();
                        }
                    });
            fitToScreen(dialog, false);
            Platform.runLater(() -> FormFields.firstInput(content).ifPresent(Node::requestFocus));
        });
        content.layoutBoundsProperty().addListener((o, a, b) -> {
            if (dialog.isShowing() && a.getHeight() != b.getHeight()) {
                Platform.runLater(() -> { // saved meanwhile, the dialog may be closed (and out of its scene)
                    if (dialog.isShowing()) {
                        fitToScreen(dialog, true);
                    }
                });
            }
        });
        dialog.showAndWait();
    }

    /** The form in a pane that scrolls when it is taller than the dialog can be. */
    private static ScrollPane scrolling(Node content) {
        ScrollPane pane = new ScrollPane(content) {
            // as large as the form asks, so the dialog opens (and grows) to show it whole; it scrolls only when
            // the screen is too small for it
            @Override
            protected double computePrefWidth(double height) {
                return content.prefWidth(-1) + snappedLeftInset() + snappedRightInset() + SCROLL_BAR_ROOM;
            }

            // never taller than the screen leaves it: the window sized to its scene (again as errors show) kept a
            // referral's whole height, 1,084 px at 800, and hid its top and Save off the screen
            @Override
            protected double computePrefHeight(double width) {
                double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset() - SCROLL_BAR_ROOM;
                return Math.min(content.prefHeight(inner) + snappedTopInset() + snappedBottomInset(),
                        screenOf(getScene() == null ? null : getScene().getWindow()).getHeight() - FORM_CHROME);
            }
        };
        pane.setFitToWidth(true);
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pane.getStyleClass().addAll("edge-to-edge", "form-scroll");
        return pane;
    }

    /** The visible bounds of the screen the window is on (the primary screen for none yet). */
    private static Rectangle2D screenOf(Window window) {
        if (window == null || !(window.getWidth() > 0)) {
            return Screen.getPrimary().getVisualBounds();
        }
        return Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(), window.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }

    /**
     * Makes the dialog as tall as its content asks (only taller when {@code growOnly}), but no taller than the
     * screen it is on, and moves it up so that its bottom, with Save and Cancel, stays on the screen.
     */
    static void fitToScreen(Dialog<?> dialog, boolean growOnly) {
        Window window = dialog.getDialogPane().getScene().getWindow();
        if (!(window.getWidth() > 0) || !(window.getHeight() > 0)) {
            return;
        }
        double width = window.getWidth();
        double height = window.getHeight();
        window.sizeToScene();
        Rectangle2D screen = screenOf(window);
        double w = Math.min(screen.getWidth(), growOnly ? Math.max(width, window.getWidth()) : window.getWidth());
        double h = Math.min(screen.getHeight(), growOnly ? Math.max(height, window.getHeight()) : window.getHeight());
        if (w != window.getWidth() || h != window.getHeight()) {
            window.setWidth(w);
            window.setHeight(h);
        }
        if (window.getY() + h > screen.getMaxY()) {
            window.setY(Math.max(screen.getMinY(), screen.getMaxY() - h));
        }
        if (window.getX() + w > screen.getMaxX()) {
            window.setX(Math.max(screen.getMinX(), screen.getMaxX() - w));
        }
    }
}
