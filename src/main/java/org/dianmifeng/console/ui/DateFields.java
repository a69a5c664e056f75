package org.dianmifeng.console.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.DatePickerSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.dianmifeng.console.core.Dates;
import org.dianmifeng.console.core.Messages;

/**
 * Every date picker of the console: shows and reads dates as the lists show them (yyyy-MM-dd; also 1990/1/1,
 * 1990.1.1, 19900101 and 1990年1月1日 when typed), and refuses a date it cannot read with a message in the user's
 * language, keeping what was typed so it can be corrected, instead of dropping it silently. A form's Save is
 * refused while one of its pickers holds such a text ({@link #firstRejected}).
 */
public final class DateFields {
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final String STATE = "dateFields.state";
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private DateFields() {
    }

    /** Reads a typed date in one of the accepted forms ({@link Dates#parse}). */
    public static Optional<LocalDate> parse(String text) {
        return Dates.parse(text);
    }

    /** Room beside a date for the field's padding and the calendar button. */
    private static final double PICKER_ROOM = 66;

    /** Makes the picker show and read yyyy-MM-dd and refuse an unreadable date with a message; once per picker. */
    public static void apply(DatePicker picker, Messages messages) {
        if (picker.getProperties().containsKey(STATE)) {
            return;
        }
        State state = new State();
        picker.getProperties().put(STATE, state);
        if (picker.getPromptText() == null && !picker.promptTextProperty().isBound()) {
            picker.setPromptText(messages.text("date.prompt"));
        }
        // never narrower than a date or the prompt, however a toolbar shrinks its fields ("yyyy-r" was seen)
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(picker.getEditor().getFont());
        double widest = 0;
        for (String text : new String[] {"0000-00-00", picker.getPromptText() == null ? "" : picker.getPromptText()}) {
            probe.setText(text);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        picker.setMinWidth(Math.ceil(widest + PICKER_ROOM));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                if (state.rejected != null && java.util.Objects.equals(date, state.held)) {
                    return state.rejected; // what was typed stays, to be corrected (not in place of a new date)
                }
                return date == null ? "" : FORMAT.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    LocalDate date = parse(text).orElse(null);
                    state.clear(picker);
                    return date;
                } catch (DateTimeParseException e) {
                    state.reject(picker, text.strip(), messages.text("error.date.unreadable", text.strip()));
                    state.keepText();
                    return picker.getValue();
                }
            }
        });
        // The skin shows the value again after each reading of the text (Enter, focus moving away, the calendar
        // opening or closing): with no date held it writes "" whatever the converter says, and the refused text was
        // gone, then read as "no date" and its refusal with it. That rewrite, right after a refusal, is refused.
        picker.getEditor().setTextFormatter(new TextFormatter<>(change -> {
            boolean blanking = state.keepingText && state.rejected != null && picker.getValue() == null
                    && change.getControlNewText().isEmpty() && state.rejected.equals(change.getControlText().strip());
            return blanking ? null : change;
        }));
        // what the person types (or cuts, or pastes) in place of the refused text withdraws its refusal
        picker.getEditor().textProperty().addListener((o, a, b) -> {
            if (state.rejected != null && !state.rejected.equals(b == null ? "" : b.strip())) {
                state.clear(picker);
            }
        });
        picker.valueProperty().addListener((o, a, b) -> state.clear(picker));
        // the calendar opening and closing shows the value again: the refused text stays
        picker.addEventFilter(ComboBoxBase.ON_SHOWING, e -> {
            state.keepText();
            // what was typed and not yet read is read first: else the calendar, closed, showed the date held
            // before in its place, and the typed one was gone without a word
            if (picker.isEditable() && !picker.getEditor().getText().equals(
                    picker.getConverter().toString(picker.getValue()))) {
                picker.commitValue();
            }
        });
        picker.addEventFilter(ComboBoxBase.ON_HIDING, e -> state.keepText());
        // the refusal's tooltip never shows beside the open calendar (where a screen's left edge cut it off)
        picker.addEventFilter(ComboBoxBase.ON_SHOWN, e -> {
            state.showing(picker, true);
            pickedInCalendar(picker, state);
        });
        picker.addEventFilter(ComboBoxBase.ON_HIDDEN, e -> state.showing(picker, false));
    }

    /**
     * A day chosen in the calendar (clicked, or Enter or Space on it) replaces the refused text, even the day the
     * picker held already, whose choice changes no value.
     */
    private static void pickedInCalendar(DatePicker picker, State state) {
        if (!(picker.getSkin() instanceof DatePickerSkin skin) || skin.getPopupContent() == null
                || skin.getPopupContent().getProperties().containsKey(STATE)) {
            return;
        }
        Node calendar = skin.getPopupContent();
        calendar.getProperties().put(STATE, state);
        calendar.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && dayCell(e.getTarget()) != null) {
                state.clear(picker);
            }
        });
        calendar.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) && dayCell(e.getTarget()) != null) {
                state.clear(picker);
            }
        });
    }

    /** The day of the calendar that {@code target} is (or is in), null for none or a day that cannot be chosen. */
    private static DateCell dayCell(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof DateCell cell) {
                return cell.isDisabled() || cell.isEmpty() ? null : cell;
            }
        }
        return null;
    }

    /** The message of a picker's refused text, null while it holds none (for a form's error label). */
    public static ReadOnlyStringProperty rejection(DatePicker picker) {
        return state(picker).message.getReadOnlyProperty();
    }

    /** The text a picker refused, as typed, or null while it holds none. */
    static String rejectedText(DatePicker picker) {
        return state(picker).rejected;
    }

    /**
     * Makes every date picker under {@code root} read what is typed in it now: Enter in a date field runs the form's
     * Save (the default button) before the field's own Enter would read it, so an unreadable date typed there was not
     * refused yet and the form went on with the date the field held before. Read now, it is refused at its field.
     */
    public static void readTyped(Node root) {
        for (Node n : ViewSupport.descendants(root)) {
            if (n instanceof DatePicker picker && picker.isEditable() && picker.getProperties().containsKey(STATE)) {
                picker.commitValue();
            }
        }
    }

    /**
     * Before a screen's own Save (not a form dialog's, which does this itself): each picker reads what is typed in it
     * ({@link #readTyped}); true, with focus on the first that holds a date it cannot read, when one does, so that the
     * save does not go on with the date that picker held before.
     */
    public static boolean refuseUnreadable(DatePicker... pickers) {
        for (DatePicker picker : pickers) {
            readTyped(picker);
        }
        for (DatePicker picker : pickers) {
            if (picker.getProperties().get(STATE) instanceof State s && s.message.get() != null) {
                FormFields.focus(picker);
                return true;
            }
        }
        return false;
    }

    /** The first picker under {@code root}, in reading order, that holds a text it refused. */
    public static Optional<DatePicker> firstRejected(Node root) {
        return ViewSupport.descendants(root).stream()
                .filter(n -> n instanceof DatePicker p && p.getProperties().get(STATE) instanceof State s
                        && s.message.get() != null)
                .map(DatePicker.class::cast).findFirst();
    }

    /** Marks a picker that shows its refusal in a form's error label, so that no popup is needed. */
    static void labelled(DatePicker picker) {
        state(picker).labelled = true;
    }

    private static State state(DatePicker picker) {
        Object s = picker.getProperties().get(STATE);
        if (s instanceof State state) {
            return state;
        }
        throw new IllegalStateException("DateFields.apply was not called for " + picker.getId());
    }

    private static final class State {
        final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
        String rejected;
        /** The date the picker held when it refused {@link #rejected}. */
        LocalDate held;
        boolean labelled;
        /** Set by a refusal until the end of the event that read the text ({@link #keepText}). */
        boolean keepingText;
        Tooltip tip;

        /** Refuses, for the rest of this event, the skin's rewriting of the refused text as "" ({@link #apply}). */
        void keepText() {
            if (!keepingText) {
                keepingText = true;
                Platform.runLater(() -> keepingText = false);
            }
        }

        /** While the calendar shows, the picker has no tooltip; closed, its refusal's tooltip is back. */
        void showing(DatePicker picker, boolean showing) {
            if (tip == null) {
                return;
            }
            if (showing) {
                tip.hide();
                picker.setTooltip(null);
            } else {
                picker.setTooltip(tip);
            }
        }

        void reject(DatePicker picker, String text, String why) {
            rejected = text;
            held = picker.getValue();
            message.set(why);
            picker.pseudoClassStateChanged(DANGER, true);
            if (tip != null) {
                tip.hide();
            }
            tip = TableColumns.tooltip(why);
            tip.setShowDelay(Duration.ZERO);
            if (picker.isShowing()) {
                return; // the tooltip comes when the calendar closes
            }
            picker.setTooltip(tip);
            if (!labelled && picker.getScene() != null && picker.getScene().getWindow() != null) {
                Bounds b = picker.localToScreen(picker.getBoundsInLocal());
                if (b != null) {
                    tip.show(picker, b.getMinX(), b.getMaxY() + 2);
                }
            }
        }

        void clear(DatePicker picker) {
            if (message.get() == null && rejected == null) {
                return;
            }
            rejected = null;
            held = null;
            message.set(null);
            picker.pseudoClassStateChanged(DANGER, false);
            if (tip != null) {
                tip.hide();
                picker.setTooltip(null);
                tip = null;
            }
        }
    }
}
