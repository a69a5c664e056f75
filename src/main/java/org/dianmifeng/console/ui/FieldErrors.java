package org.dianmifeng.console.ui;

import java.util.HashMap;
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

    public FieldErrors(Messages messages) {
        this.messages = messages;
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
        byField.values().forEach(w -> w.set(null));
    }

    /** Shows each problem beside its field; returns whether the failure was a validation failure. */
    public boolean show(Throwable failure) {
        clear();
        if (failure instanceof ValidationException ve) {
            for (Problem p : ve.problems()) {
                wrapper(p.field()).set(p.localized(messages));
            }
            return true;
        }
        return false;
    }

    private ReadOnlyStringWrapper wrapper(String field) {
        return byField.computeIfAbsent(field, f -> new ReadOnlyStringWrapper());
    }
}
