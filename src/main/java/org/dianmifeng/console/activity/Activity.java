package org.dianmifeng.console.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Texts;

/**
 * An activity held by one team, at a station ({@code siteId}) or elsewhere, perhaps for a project, starting at
 * {@code startsAt} and planned for {@code plannedHours} (one decimal, at most 24): the most hours anyone on its roster
 * may get. {@code id} and {@code version} are null for an activity not yet saved.
 */
public record Activity(Long id, String title, ActivityKind kind, Long projectId, Long siteId, Long teamId,
                       LocalDateTime startsAt, BigDecimal plannedHours, String place, String content,
                       boolean cancelled, Integer version) implements Auditable {
    public static final int TITLE_MAX = 100;
    public static final int PLACE_MAX = 200;
    public static final int CONTENT_MAX = 1000;

    public Activity cleaned() {
        return new Activity(id, Texts.clean(title), kind, projectId, siteId, teamId, startsAt, plannedHours,
                Texts.clean(place), Texts.clean(content), cancelled, version);
    }

    public Activity withCancelled(boolean newCancelled) {
        return new Activity(id, title, kind, projectId, siteId, teamId, startsAt, plannedHours, place, content,
                newCancelled, version);
    }

    /** The day it was held: what its hours' SERVED_ON repeats. */
    public LocalDate heldOn() {
        return startsAt.toLocalDate();
    }

    /** Title, kind, team, start and planned hours required; the planned hours above 0, one decimal, at most 24. */
    public Checks check() {
        return check(new Checks());
    }

    /** As {@link #check()}, added to {@code checks} (e.g. the values a form could not read: a field keeps its first). */
    public Checks check(Checks checks) {
        checks.text("activity.title", title, TITLE_MAX)
                .required("activity.kind", kind)
                .required("activity.team", teamId)
                .required("activity.startsAt", startsAt)
                .maxLength("activity.place", place, PLACE_MAX)
                .maxLength("activity.content", content, CONTENT_MAX);
        return Hours.check(checks, "activity.plannedHours", plannedHours, Hours.DAY, "error.activity.plannedMax");
    }

    /** e.g. {@code 2026-11-20 安全用电进社区}: how audit lines and messages name an activity. */
    public String summary() {
        return heldOn() + " " + title;
    }

    /** e.g. {@code 王芳 · 2026-11-20 安全用电进社区}: how audit lines name a person's hours at this activity. */
    public String hoursSummary(String personName) {
        return personName + " · " + summary();
    }

    @Override
    public String auditText() {
        return Auditable.fields("title", title, "kind", kind, "projectId", projectId, "siteId", siteId,
                "teamId", teamId, "startsAt", startsAt, "plannedHours", plannedHours, "place", place,
                "content", content, "cancelled", cancelled);
    }
}
