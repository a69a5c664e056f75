package org.dianmifeng.console.activity;

import java.time.LocalDate;
import org.dianmifeng.console.core.Texts;

/**
 * Which activities a list shows; every part null means "any". {@code from}/{@code to}: the days held, both included.
 * {@code text}: in the title, place, content, team, project or station.
 */
public record ActivityFilter(Long teamId, ActivityKind kind, Long projectId, Long siteId, LocalDate from,
                             LocalDate to, HoursFilter hours, String text) {
    public static final ActivityFilter ALL = new ActivityFilter(null, null, null, null, null, null, null, null);

    public ActivityFilter {
        text = Texts.clean(text);
    }

    /** The parts the store does not ask the database for: the state of the hours and the text. */
    public boolean matches(ActivityRow row) {
        Activity a = row.activity();
        return (hours == null || hours.matches(row))
                && Texts.anyContains(text, a.title(), a.place(), a.content(), row.teamName(), row.projectName(),
                row.siteName());
    }
}
