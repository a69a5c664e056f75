package org.dianmifeng.console.party;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an appraisal stands: draft → evaluated (both scores in) → proposed → confirmed (locked), or
 * returned and evaluated again. Only the transitions of {@link #next()} are allowed; the services and
 * the board ask this enum what may follow what.
 */
public enum AppraisalStatus {
    DRAFT,
    EVALUATED,
    PROPOSED,
    CONFIRMED,
    RETURNED;

    /**
     * The statuses an appraisal in this status may move to. Evaluated and proposed ones may be evaluated and
     * proposed again (new scores void a proposal); a confirmed one moves nowhere (only the administrator
     * changes its grade, and it stays confirmed).
     */
    public Set<AppraisalStatus> next() {
        return switch (this) {
            case DRAFT, RETURNED -> EnumSet.of(EVALUATED);
            case EVALUATED -> EnumSet.of(EVALUATED, PROPOSED);
            case PROPOSED -> EnumSet.of(EVALUATED, PROPOSED, CONFIRMED, RETURNED);
            case CONFIRMED -> EnumSet.noneOf(AppraisalStatus.class);
        };
    }

    public boolean canMoveTo(AppraisalStatus target) {
        return next().contains(target);
    }

    /** Confirmed: locked, nothing follows; its scores, reason and comments are no longer edited. */
    public boolean locked() {
        return next().isEmpty();
    }
}
