package org.dianmifeng.console.star;

/**
 * Where a reached star level stands: reached (found from the approved hours), on public notice (公示), granted after
 * the notice, or withdrawn with a reason. Granted and withdrawn are final.
 */
public enum StarState {
    REACHED, NOTICE, GRANTED, WITHDRAWN;

    /** Whether a level in this state may go to {@code next}. */
    public boolean mayBecome(StarState next) {
        return switch (this) {
            case REACHED -> next == NOTICE || next == WITHDRAWN;
            case NOTICE -> next == GRANTED || next == WITHDRAWN;
            case GRANTED, WITHDRAWN -> false;
        };
    }
}
