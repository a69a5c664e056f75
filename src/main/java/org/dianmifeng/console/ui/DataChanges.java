package org.dianmifeng.console.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * "The data of an area changed", within one signed-in window: a ViewModel that changed an area's data
 * {@link ViewModel#changed publishes} the area once the change is saved, and the lists, counts and header
 * reminders that show that area's data {@link ViewModel#onChange reload}. One way, on the FX thread, held by
 * {@link UiContext}. An area is a short name such as {@link #CASES}.
 */
public final class DataChanges {
    /** The Dream Room cases and their work: case list, follow-ups, the header's follow-up reminder, identity log. */
    public static final String CASES = "cases";
    private final Map<String, ReadOnlyLongWrapper> areas = new HashMap<>();

    /** Tells everyone listening to {@code area} that its data changed. */
    public void publish(String area) {
        ReadOnlyLongWrapper count = counter(area);
        count.set(count.get() + 1);
    }

    /** How often {@code area} changed: listen to it to hear of each change. */
    public ReadOnlyLongProperty of(String area) {
        return counter(area).getReadOnlyProperty();
    }

    private ReadOnlyLongWrapper counter(String area) {
        return areas.computeIfAbsent(area, a -> new ReadOnlyLongWrapper());
    }
}
