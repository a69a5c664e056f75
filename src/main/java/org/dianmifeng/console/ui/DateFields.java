package org.dianmifeng.console.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
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
                if (state.rejected != null) {
                    return state.rejected; // what was typed stays, to be corrected
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
                    return picker.getValue();
                }
            }
        });
        picker.getEditor().addEventFilter(KeyEvent.KEY_TYPED, e -> state.clear(picker));
        picker.valueProperty().addListener((o, a, b) -> state.clear(picker));
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
        boolean labelled;
        Tooltip tip;

        void reject(DatePicker picker, String text, String why) {
            rejected = text;
            message.set(why);
            picker.pseudoClassStateChanged(DANGER, true);
            tip = TableColumns.tooltip(why);
            tip.setShowDelay(Duration.ZERO);
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
