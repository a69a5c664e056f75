package org.dianmifeng.console.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Problem;
import org.dianmifeng.console.core.ValidationException;

/** The message next to each field of a form, filled from a {@link ValidationException}. */
public final class FieldErrors {
    private final Map<String, ReadOnlyStringWrapper> byField = new HashMap<>();
    private final Messages messages;
    private final List<Runnable> onShown = new ArrayList<>();
    /** The problems last shown, while some are; for {@link #describeShown}. */
    private ValidationException shown;
    /** Run when the person takes a field's problem away by changing the field ({@link #whenCleared}). */
    private Runnable whenCleared = () -> { };
    /** The form's fields in reading order, as {@link FormFields#add} registers them. */
    private final List<String> readingOrder = new ArrayList<>();

    public FieldErrors(Messages messages) {
        this.messages = messages;
    }

    /** The messages the problems are told in (for the form's own checks, such as an unreadable date). */
    Messages messages() {
        return messages;
    }

    public ReadOnlyStringProperty of(String field) {
        return wrapper(field).getReadOnlyProperty();
    }

    public String message(String field) {
        return wrapper(field).get();
    }

    public boolean isEmpty() {
        return byField.values().stream().allMatch(w -> w.get() == null);
    }

    public void clear() {
        shown = null;
        byField.values().forEach(w -> w.set(null));
    }

    /**
     * Takes away the problem shown beside {@code field}, if any, leaving the other fields' problems: the person has
     * changed that field ({@link FormFields#add} does this). The next save checks it again.
     */
    public void clear(String field) {
        ReadOnlyStringWrapper w = byField.get(field);
        if (w != null && w.get() != null) {
            w.set(null);
            whenCleared.run();
        }
    }

    /** Runs {@code action} (in place of the one before) when a field's problem is taken away by {@link #clear(String)}. */
    public void whenCleared(Runnable action) {
        whenCleared = action;
    }

    /**
     * The problems last shown that still show, in the user's words and the form's reading order as {@link #describe}
     * tells them (a problem of the form as a whole stays); null when none is left.
     */
    public String describeShown() {
        if (shown == null) {
            return null;
        }
        List<Problem> left = shown.problems().stream()
                .filter(p -> p.field() == null || !byField.containsKey(p.field()) || message(p.field()) != null)
                .toList();
        return left.isEmpty() ? null : describe(new ValidationException(left));
    }

    /** Shows each problem beside its field; returns whether the failure was a validation failure. */
    public boolean show(Throwable failure) {
        clear();
        if (failure instanceof ValidationException ve) {
            shown = ve;
            for (Problem p : ve.problems()) {
                wrapper(p.field()).set(p.localized(messages));
            }
            onShown.forEach(Runnable::run);
            return true;
        }
        return false;
    }

    /**
     * The failure in the user's words, as {@link Messages#describe} gives it, except that a validation failure lists
     * its problems in the form's reading order (the order its fields were registered in), not in the order they were
     * checked.
     */
    public String describe(Throwable failure) {
        return messages.describe(failure instanceof ValidationException ve ? ve.inOrder(readingOrder) : failure);
    }

    /** The next field of the form in reading order: for {@link #describe}. */
    void inReadingOrder(String field) {
        readingOrder.add(field);
    }

    /** Runs {@code action} each time problems are shown (after a refused save), e.g. to focus the first field in error. */
    public void onShown(Runnable action) {
        onShown.add(action);
    }

    private ReadOnlyStringWrapper wrapper(String field) {
        return byField.computeIfAbsent(field, f -> new ReadOnlyStringWrapper());
    }
}
