package org.dianmifeng.console.aidcase;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dianmifeng.console.core.Checks;

/**
 * Where a Dream Room case stands: referred → visited → approved → renovating → handed over → follow-up
 * → closed, with on hold and rejected beside the way, and reopening (closed or rejected back to work).
 * Only the transitions of {@link #next()} are allowed, and a step only once the work it stands for is recorded
 * ({@link #prerequisites}).
 */
public enum AidCaseStatus {
    REFERRED,
    VISITED,
    APPROVED,
    RENOVATING,
    HANDED_OVER,
    FOLLOW_UP,
    CLOSED,
    ON_HOLD,
    REJECTED;

    /** The statuses a case in this status may move to. */
    public Set<AidCaseStatus> next() {
        return switch (this) {
            case REFERRED -> EnumSet.of(VISITED, ON_HOLD, REJECTED);
            case VISITED -> EnumSet.of(APPROVED, ON_HOLD, REJECTED);
            case APPROVED -> EnumSet.of(RENOVATING, ON_HOLD);
            case RENOVATING -> EnumSet.of(HANDED_OVER, ON_HOLD);
            case HANDED_OVER -> EnumSet.of(FOLLOW_UP, CLOSED);
            case FOLLOW_UP -> EnumSet.of(CLOSED, ON_HOLD);
            case ON_HOLD -> EnumSet.of(REFERRED, VISITED, APPROVED, RENOVATING, HANDED_OVER, FOLLOW_UP, REJECTED);
            // reopening
            case CLOSED -> EnumSet.of(FOLLOW_UP);
            case REJECTED -> EnumSet.of(REFERRED);
        };
    }

    /**
     * The statuses a case may move to after {@code history} (its events, oldest first): those of {@link #next()},
     * except that a held case resumes where it stopped, or is rejected, so that it skips no step.
     */
    public static Set<AidCaseStatus> allowedAfter(java.util.List<CaseEvent> history) {
        CaseEvent last = history.get(history.size() - 1);
        if (last.to() != ON_HOLD) {
            return last.to().next();
        }
        return EnumSet.of(last.from() == null ? REFERRED : last.from(), REJECTED);
    }

    public boolean canMoveTo(AidCaseStatus target) {
        return next().contains(target);
    }

    /** Moving there needs a written reason: on hold, rejected, and reopening a closed or rejected case. */
    public boolean needsReason(AidCaseStatus target) {
        return target == ON_HOLD || target == REJECTED || this == CLOSED || this == REJECTED;
    }

    /**
     * What a case still lacks for a move to this status, on the field {@code case.moveTarget}: 已走访 needs a
     * site visit on record ({@code visits} &gt; 0), 已交付 needs every renovation item past 计划中
     * ({@code itemsStillPlanned}: the descriptions of those still planned).
     */
    public Checks prerequisites(String caseCode, int visits, List<String> itemsStillPlanned) {
        Checks checks = new Checks();
        if (this == VISITED && visits == 0) {
            checks.add("case.moveTarget", "error.case.noVisitYet", caseCode);
        }
        if (this == HANDED_OVER && !itemsStillPlanned.isEmpty()) {
            checks.add("case.moveTarget", "error.case.itemsStillPlanned", caseCode, itemsStillPlanned.size(),
                    List.copyOf(itemsStillPlanned)); // joined in the reader's language when shown
        }
        return checks;
    }
}
