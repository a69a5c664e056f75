package org.dianmifeng.console.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import org.dianmifeng.console.core.Problem;

/**
 * A form's fields in reading order, each with the label under it that shows its problem. Written once for every
 * form: the view registers its fields ({@link #add}) in the order a person reads them; a refused save
 * ({@link FieldErrors#show}) then focuses the first field in error and scrolls it into view, never past it; a
 * field's problem goes as soon as the person changes that field, the others' stay until they are changed or the next
 * save;
 * {@link Dialogs#form} opens the form with focus on its first field and refuses a Save while a date picker
 * holds a date it cannot read.
 */
public final class FormFields {
    private static final String KEY = "formFields";
    private final FieldErrors errors;
    private final List<Field> fields = new ArrayList<>();
    private boolean reportsUnreadableDates;
    /** True from problems shown until the end of the event that showed them. */
    private boolean justShown;

    private record Field(String name, Node input, StringBinding message) {
    }

    public FormFields(FieldErrors errors) {
        this.errors = errors;
        errors.onShown(() -> {
            // what the form itself changes while its problems are shown (a save that tidies its values) takes none away
            justShown = true;
            Platform.runLater(() -> justShown = false);
            Platform.runLater(this::focusFirstError);
        });
    }

    /**
     * Registers the next field of the form in reading order: {@code error} shows the problem of {@code field}
     * (for a date picker, also a date it could not read), wraps, and takes no room when there is none. The problem
     * goes when the person changes the field (types in it, chooses in it, ticks it), not when the form itself does.
     */
    public FormFields add(String field, Node input, Label error) {
        ReadOnlyStringProperty problem = errors.of(field);
        errors.inReadingOrder(field);
        StringBinding message;
        if (input instanceof DatePicker picker && input.getProperties().get(KEY) != this) {
            DateFields.apply(picker, errors.messages());
            ReadOnlyStringProperty rejection = DateFields.rejection(picker);
            DateFields.labelled(picker);
            message = Bindings.createStringBinding(
                    () -> rejection.get() != null ? rejection.get() : problem.get(), rejection, problem);
        } else {
            message = Bindings.createStringBinding(problem::get, problem);
        }
        error.textProperty().bind(message);
        error.visibleProperty().bind(message.isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        error.getStyleClass().add("field-error");
        ViewSupport.wrap(error);
        if (input instanceof Control control) {
            // the message wraps at the field's width instead of widening the form or ending in "…"
            error.prefWidthProperty().bind(control.widthProperty());
            error.setMaxWidth(Double.MAX_VALUE);
        }
        input.getProperties().put(KEY, this);
        fields.add(new Field(field, input, message));
        whenChanged(input, changed -> {
            if (!justShown && errors.message(field) != null && inUse(changed)) {
                errors.clear(field);
            }
        });
        return this;
    }

    /**
     * Runs {@code changed} with the control each time what a field holds changes: the text of a text field or area
     * (also what is typed in a combo box, a date picker or a spinner), the choice of a combo or choice box or a list,
     * the tick of a check box or toggle; for a pane of fields (a grid of grades), each field in it.
     */
    private static void whenChanged(Node input, java.util.function.Consumer<Node> changed) {
        // a change listener, not an invalidation one: it hears every change, whether or not the value is read
        javafx.beans.value.ChangeListener<Object> tell = (o, a, b) -> changed.accept(input);
        if (input instanceof TextInputControl text) {
            text.textProperty().addListener(tell);
        } else if (input instanceof ComboBoxBase<?> box) {
            box.valueProperty().addListener(tell);
            if (box instanceof javafx.scene.control.ComboBox<?> combo) {
                combo.getEditor().textProperty().addListener(tell);
            } else if (box instanceof DatePicker picker) {
                picker.getEditor().textProperty().addListener(tell);
            }
        } else if (input instanceof javafx.scene.control.ChoiceBox<?> choice) {
            choice.valueProperty().addListener(tell);
        } else if (input instanceof javafx.scene.control.CheckBox check) {
            check.selectedProperty().addListener(tell);
            check.indeterminateProperty().addListener(tell);
        } else if (input instanceof javafx.scene.control.ToggleButton toggle) {
            toggle.selectedProperty().addListener(tell);
        } else if (input instanceof javafx.scene.control.Spinner<?> spinner) {
            spinner.valueProperty().addListener(tell);
            spinner.getEditor().textProperty().addListener(tell);
        } else if (input instanceof javafx.scene.control.ListView<?> list) {
            list.getSelectionModel().getSelectedItems()
                    .addListener((javafx.collections.ListChangeListener<Object>) c -> changed.accept(input));
        } else if (input instanceof Parent pane && !(input instanceof Control)) {
            for (Node child : pane.getChildrenUnmodifiable()) {
                whenChanged(child, c -> changed.accept(input));
            }
        }
    }

    /**
     * Whether the person is in {@code input} (it or a part of it has the focus, as a combo box or a date picker has
     * while its list or calendar is open): a change made then is theirs, one made elsewhere the form's own.
     */
    private static boolean inUse(Node input) {
        Node owner = input.getScene() == null ? null : input.getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == input) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lets the form's save report a date it cannot read together with its other problems ({@link #unreadableDates}):
     * {@link Dialogs#form} then calls the save instead of refusing it at the first such date. For a form whose save
     * checks everything before it does anything (e.g. before it asks where to write a file).
     */
    public FormFields reportingUnreadableDates() {
        reportsUnreadableDates = true;
        return this;
    }

    /** Whether the form's save reports its unreadable dates itself ({@link #reportingUnreadableDates}). */
    boolean reportsUnreadableDates() {
        return reportsUnreadableDates;
    }

    /** The dates of this form it cannot read, each as a problem of its field in reading order, with what was typed. */
    public List<Problem> unreadableDates() {
        List<Problem> out = new ArrayList<>();
        for (Field f : fields) {
            if (f.input() instanceof DatePicker picker && DateFields.rejection(picker).get() != null) {
                out.add(Problem.of(f.name(), "error.date.unreadable", DateFields.rejectedText(picker)));
            }
        }
        return out;
    }

    /** The fields of the first form under {@code root} that registered them. */
    public static Optional<FormFields> in(Node root) {
        return ViewSupport.descendants(root).stream()
                .map(n -> n.getProperties().get(KEY))
                .filter(FormFields.class::isInstance).map(FormFields.class::cast).findFirst();
    }

    /**
     * The first field, in reading order, that can be typed into or chosen from: a field registered as the pane that
     * holds its inputs (a person picker's search and matches) counts by its first input.
     */
    public Optional<Node> first() {
        return fields.stream().map(Field::input).flatMap(n -> editable(n) ? java.util.stream.Stream.of(n)
                : ViewSupport.descendants(n).stream().filter(FormFields::editable).limit(1)).findFirst();
    }

    /** The first field, in reading order, whose label shows a problem. */
    public Optional<Node> firstError() {
        return fields.stream().filter(f -> f.message().get() != null).map(Field::input).findFirst();
    }

    /** Focuses the first field in error and scrolls it into view; nothing when no field shows a problem. */
    public void focusFirstError() {
        firstError().ifPresent(FormFields::focus);
    }

    /** Focuses a field and scrolls the pane that holds it so that the field and its message are seen. */
    public static void focus(Node input) {
        Parent top = input.getScene() == null ? null : input.getScene().getRoot();
        if (top != null) {
            top.applyCss();
            top.layout();
        }
        Node target = editable(input) ? input
                : ViewSupport.descendants(input).stream().filter(FormFields::editable).findFirst().orElse(input);
        target.requestFocus();
        for (Node n = input.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane sp) {
                scrollTo(sp, input);
                return;
            }
        }
    }

    /** The first field under {@code root} a person types into: the registered one, else the first input in reading order. */
    public static Optional<Node> firstInput(Node root) {
        Optional<Node> registered = in(root).flatMap(FormFields::first);
        if (registered.isPresent()) {
            return registered;
        }
        return ViewSupport.descendants(root).stream().filter(FormFields::editable).findFirst();
    }

    private static boolean editable(Node n) {
        boolean input = n instanceof TextInputControl t ? t.isEditable() : n instanceof ComboBoxBase<?>
                || n instanceof javafx.scene.control.ChoiceBox<?> || n instanceof javafx.scene.control.CheckBox
                || n instanceof javafx.scene.control.Spinner<?> || n instanceof javafx.scene.control.ListView<?>;
        return input && !n.isDisabled() && shown(n) && n.isFocusTraversable();
    }

    /** Whether the node and every pane around it are visible: a field in a hidden box is not (the old password). */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void scrollTo(ScrollPane sp, Node input) {
        Node content = sp.getContent();
        if (content == null) {
            return;
        }
        Bounds field = content.sceneToLocal(input.localToScene(input.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = sp.getViewportBounds().getHeight();
        if (field == null || contentHeight <= viewport) {
            return;
        }
        double top = sp.getVvalue() * (contentHeight - viewport);
        double target = top;
        double margin = 24; // the field's label above it stays in view
        if (field.getMinY() - margin < top) {
            target = field.getMinY() - margin;
        } else if (field.getMaxY() + margin > top + viewport) {
            target = Math.min(field.getMinY() - margin, field.getMaxY() + margin - viewport);
        }
        target = Math.max(0, Math.min(contentHeight - viewport, target));
        sp.setVvalue((target / (contentHeight - viewport)) * (sp.getVmax() - sp.getVmin()) + sp.getVmin());
    }
}
