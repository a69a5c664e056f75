package org.dianmifeng.console.activity;

/** A line of an activity's roster as the screen shows it: the hours with the person's name, number and unit. */
public record RosterLine(ServiceHours hours, String personName, String volunteerNo, String unitName) {
    public long id() {
        return hours.id();
    }
}
