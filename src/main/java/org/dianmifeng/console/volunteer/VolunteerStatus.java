package org.dianmifeng.console.volunteer;

/**
 * A registered volunteer's status: active, paused (for a while: illness, a posting elsewhere) or left. Staff change it,
 * always with a reason; any status may follow any other (one who left may come back), never itself.
 */
public enum VolunteerStatus {
    ACTIVE,
    PAUSED,
    LEFT;

    /** Whether a volunteer in this status may be put into {@code next}. */
    public boolean canChangeTo(VolunteerStatus next) {
        return next != null && next != this;
    }
}
