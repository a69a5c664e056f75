package org.dianmifeng.console.party;

import java.time.LocalDate;
import java.util.List;

/**
 * One event on a member's timeline. The screen words it with the bundle key {@code textKey} and
 * {@code args} (enum arguments shown by their labels). {@code record} is the service, card or points
 * entry the event stands for, else null.
 */
public record TimelineEntry(LocalDate date, Kind kind, String textKey, List<Object> args, WorkRecord record) {
    public enum Kind {
        ENROLLED,
        MOVED,
        ENDED,
        SERVICE,
        FEEDBACK,
        POINTS,
        APPRAISAL
    }

    public TimelineEntry {
        args = List.copyOf(args);
    }
}
