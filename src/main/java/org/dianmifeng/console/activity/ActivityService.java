package org.dianmifeng.console.activity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dianmifeng.console.account.TeamScope;
import org.dianmifeng.console.account.TeamScopeStore;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.AuditTexts;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.site.SiteStore;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.volunteer.Volunteer;
import org.dianmifeng.console.volunteer.VolunteerStore;
import org.jooq.DSLContext;

/**
 * Projects, activities, their rosters and the hours on them, with their approval. Every signed-in role reads them.
 * {@link Permission#ACTIVITY_RECORD} keeps activities and enters hours, {@link Permission#HOURS_APPROVE} approves,
 * declines and corrects them; a team leader does either only for the team their account is linked to, and is refused,
 * naming the team, for any other. The rules of hours: above 0, one decimal, never more than the activity's planned
 * length; once per person and activity; not before the activity started; more than the setting's days after it late
 * (补录: a reason, approved one by one), refused after the setting's limit. Approved hours change only by a correction
 * with a reason. Each change is one transaction with its audit lines.
 */
public final class ActivityService {
    public static final String ACTIVITY = "ACTIVITY";
    public static final String HOURS = "SERVICE_HOURS";
    public static final String PROJECT = "PROJECT";
    private final Database db;
    private final Audit audit;
    private final Clock clock;

    public ActivityService(Database db, Audit audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // ---------------------------------------------------------------- reading

    /** The team the signed-in account acts for (a team leader's), or every team. */
    public TeamScope scope(Session who) {
        return db.read(dsl -> new TeamScopeStore(dsl).scope(who));
    }

    /** The late-entry rules in force. */
    public HoursRules rules() {
        return db.read(ActivitySettings::rules);
    }

    public ActivityChoices choices(Session who) {
        return db.read(dsl -> new ActivityStore(dsl).choices(new SiteStore(dsl).all().stream()
                .map(site -> new NamedRef(site.id(), site.name())).toList()));
    }

    /** The activities that pass the filter, newest first; for every signed-in role. */
    public List<ActivityRow> list(Session who, ActivityFilter filter) {
        ActivityFilter f = filter == null ? ActivityFilter.ALL : filter;
        return db.read(dsl -> new ActivityStore(dsl).rows(f).stream().filter(f::matches).toList());
    }

    /**
     * Of the {@code limit} newest activities of the filter's team, kind, project, station and days, those that pass
     * the rest of it: the first lines of {@link #list}, in its order, read in a fraction of its time.
     */
    public List<ActivityRow> firstLines(Session who, ActivityFilter filter, int limit) {
        ActivityFilter f = filter == null ? ActivityFilter.ALL : filter;
        return db.read(dsl -> new ActivityStore(dsl).firstRows(f, limit).stream().filter(f::matches).toList());
    }

    public ActivityRow get(Session who, long activityId) {
        return db.read(dsl -> new ActivityStore(dsl).row(activityId)).orElseThrow(StaleDataException::new);
    }

    /** The roster of an activity: each person's hours, by name. */
    public List<RosterLine> roster(Session who, long activityId) {
        return db.read(dsl -> new ActivityStore(dsl).roster(activityId));
    }

    public List<Project> projects(Session who) {
        return db.read(dsl -> new ActivityStore(dsl).projects());
    }

    // ---------------------------------------------------------------- projects

    /** Creates or (with an id) updates a project: office work, not a team leader's. */
    public Project saveProject(Session who, Project project) {
        who.require(Permission.ACTIVITY_RECORD);
        Project p = project.cleaned();
        p.check().throwIfAny();
        return db.transaction(dsl -> {
            if (!new TeamScopeStore(dsl).scope(who).isAll()) {
                throw new ConsoleException("error.project.notForLeader");
            }
            ActivityStore store = new ActivityStore(dsl);
            if (!store.unitExists(p.unitId())) {
                throw new StaleDataException();
            }
            store.projectNamed(p.name()).filter(other -> !other.id().equals(p.id())).ifPresent(other ->
                    new Checks().add("project.name", "error.project.duplicate", other.name()).throwIfAny());
            if (p.id() == null) {
                Project saved = store.insertProject(p);
                audit.record(dsl, who, AuditAction.CREATE, PROJECT, saved.id(), saved.name(), null, saved);
                return saved;
            }
            Project before = store.project(p.id()).orElseThrow(StaleDataException::new);
            Project saved = store.updateProject(p);
            audit.record(dsl, who, AuditAction.UPDATE, PROJECT, saved.id(), saved.name(), before, saved);
            return saved;
        });
    }

    // ---------------------------------------------------------------- activities

    public Activity create(Session who, Activity activity) {
        who.require(Permission.ACTIVITY_RECORD);
        Activity a = activity.cleaned().withCancelled(false);
        a.check().throwIfAny();
        return db.transaction(dsl -> {
            ActivityStore store = new ActivityStore(dsl);
            TeamScope scope = new TeamScopeStore(dsl).scope(who);
            checkLinks(dsl, store, scope, a);
            Activity saved = store.insert(new Activity(null, a.title(), a.kind(), a.projectId(), a.siteId(),
                    a.teamId(), a.startsAt(), Hours.stored(a.plannedHours()), a.place(), a.content(), false, null));
            audit.record(dsl, who, AuditAction.CREATE, ACTIVITY, saved.id(), saved.summary(), null, saved);
            return saved;
        });
    }

    /**
     * Saves an activity read earlier. Its hours keep repeating its day and team. Refused when its hours would no longer
     * fit: a start after now while hours are entered, or a planned length below hours on its roster.
     */
    public Activity update(Session who, Activity activity) {
        who.require(Permission.ACTIVITY_RECORD);
        Objects.requireNonNull(activity.id(), "update needs a saved activity");
        Activity a = activity.cleaned();
        a.check().throwIfAny();
        return db.transaction(dsl -> {
            ActivityStore store = new ActivityStore(dsl);
            TeamScope scope = new TeamScopeStore(dsl).scope(who);
            Activity before = store.activity(a.id()).orElseThrow(StaleDataException::new);
            scope.require(before.teamId(), store.teamName(before.teamId()).orElse(""));
            checkLinks(dsl, store, scope, a);
            BigDecimal most = store.maxHours(a.id());
            if (most != null && a.plannedHours().compareTo(most) < 0) {
                new Checks().add("activity.plannedHours", "error.activity.plannedBelowHours", Hours.shown(most))
                        .throwIfAny();
            }
            if (most != null && a.startsAt().isAfter(now())) {
                new Checks().add("activity.startsAt", "error.activity.startAfterHours").throwIfAny();
            }
            Activity saved = store.update(new Activity(a.id(), a.title(), a.kind(), a.projectId(), a.siteId(),
                    a.teamId(), a.startsAt(), Hours.stored(a.plannedHours()), a.place(), a.content(),
                    before.cancelled(), a.version()));
            audit.record(dsl, who, AuditAction.UPDATE, ACTIVITY, saved.id(), saved.summary(), before, saved);
            return saved;
        });
    }

    /** The team in scope (named in a refusal), the project and station (the site area's {@link SiteStore}) existing. */
    private static void checkLinks(DSLContext dsl, ActivityStore store, TeamScope scope, Activity a) {
        String team = store.teamName(a.teamId()).orElseThrow(StaleDataException::new);
        scope.require(a.teamId(), team);
        if (a.projectId() != null && !store.projectExists(a.projectId())
                || a.siteId() != null && new SiteStore(dsl).byId(a.siteId()).isEmpty()) {
            throw new StaleDataException();
        }
    }

    /**
     * Deletes an activity entered by mistake, with the hours on its roster that are not approved. Refused when hours
     * are approved: the activity took place.
     */
    public void delete(Session who, Activity activity) {
        who.require(Permission.ACTIVITY_RECORD);
        db.transaction(dsl -> {
            ActivityStore store = new ActivityStore(dsl);
            Activity before = requireActivity(dsl, store, who, activity.id());
            refuseIfApproved(store, before, "error.activity.deleteApproved");
            removeRoster(dsl, store, who, before);
            store.delete(before.id(), activity.version());
            audit.record(dsl, who, AuditAction.DELETE, ACTIVITY, before.id(), before.summary(), before, null);
            return null;
        });
    }

    /**
     * Cancels an activity that did not take place: the hours on its roster (none approved) are taken off, and no more
     * can be entered. Refused when hours are approved: the activity took place.
     */
    public Activity cancel(Session who, Activity activity) {
        who.require(Permission.ACTIVITY_RECORD);
        return db.transaction(dsl -> {
            ActivityStore store = new ActivityStore(dsl);
            Activity before = requireActivity(dsl, store, who, activity.id());
            if (before.cancelled()) {
                throw new ConsoleException("error.activity.cancelled", before.summary());
            }
            refuseIfApproved(store, before, "error.activity.cancelApproved");
            removeRoster(dsl, store, who, before);
            return saveCancelled(dsl, store, who, before, true, activity.version());
        });
    }

    /**
     * Reopens a cancelled activity (恢复活动): whoever may cancel it may reopen it, audited. Cancelling took the hours
     * on its roster off (none were approved, each removal audited), so none come back: its roster is entered again
     * as any activity's, late entries counted from the activity's day as always.
     */
    public Activity reopen(Session who, Activity activity) {
        who.require(Permission.ACTIVITY_RECORD);
        return db.transaction(dsl -> {
            ActivityStore store = new ActivityStore(dsl);
            Activity before = requireActivity(dsl, store, who, activity.id());
            if (!before.cancelled()) {
                throw new ConsoleException("error.activity.notCancelled", before.summary());
            }
            return saveCancelled(dsl, store, who, before, false, activity.version());
        });
    }

    /** Saves {@code before} cancelled or not, if still at {@code version}, audited. */
    private Activity saveCancelled(DSLContext dsl, ActivityStore store, Session who, Activity before,
                                   boolean cancelled, Integer version) {
        Activity saved = store.update(new Activity(before.id(), before.title(), before.kind(), before.projectId(),
                before.siteId(), before.teamId(), before.startsAt(), before.plannedHours(), before.place(),
                before.content(), cancelled, version));
        audit.record(dsl, who, AuditAction.UPDATE, ACTIVITY, saved.id(), saved.summary(), before, saved);
        return saved;
    }

    /** Takes every line off an activity's roster, each audited. */
    private void removeRoster(DSLContext dsl, ActivityStore store, Session who, Activity a) {
        for (ServiceHours h : store.hoursIn(a.id(), Set.of())) {
            store.deleteHours(h.id(), h.version());
            audit.record(dsl, who, AuditAction.DELETE, HOURS, h.id(), hoursSummary(store, a, h), h, null);
        }
    }

    private static void refuseIfApproved(ActivityStore store, Activity a, String key) {
        int approved = store.hoursIn(a.id(), Set.of(HoursState.APPROVED)).size();
        if (approved > 0) {
            throw new ConsoleException(key, a.summary(), approved);
        }
    }

    /** The activity as stored now, refused (naming the team) if the session's scope does not cover its team. */
    private static Activity requireActivity(DSLContext dsl, ActivityStore store, Session who, long activityId) {
        Activity a = store.activity(activityId).orElseThrow(StaleDataException::new);
        new TeamScopeStore(dsl).scope(who).require(a.teamId(), store.teamName(a.teamId()).orElse(""));
        return a;
    }

    private static String hoursSummary(ActivityStore store, Activity a, ServiceHours h) {
        return a.hoursSummary(store.personName(h.personId()).orElse(""));
    }

    // ---------------------------------------------------------------- entering hours

    /**
     * What the checks of a line of hours passed on to its save: the hours as stored before (none for a new line),
     * their activity, whether they are late (补录), and the reason to keep.
     */
    private record Checked(ServiceHours before, Activity activity, boolean late, String reason) {
    }

    /**
     * The field checks of {@link #enter} before anything is saved, added to {@code checks} (e.g. the hours a form could
     * not read: a field keeps its first problem), every problem at once and refused if any: the person chosen, an
     * active registered volunteer not yet on the roster; the hours; when late, the reason. An activity cancelled, not
     * started or past the late-entry limit is refused as {@link #enter} refuses it.
     */
    public void checkEnter(Session who, Checks checks, long activityId, Long personId, BigDecimal hours,
                           String lateReason) {
        who.require(Permission.ACTIVITY_RECORD);
        db.read(dsl -> enterChecked(dsl, who, checks, activityId, personId, hours, lateReason));
    }

    /**
     * Enters one person's hours at an activity. {@code lateReason} is needed (and kept) only when the hours are late.
     */
    public ServiceHours enter(Session who, long activityId, Long personId, BigDecimal hours, String lateReason) {
        who.require(Permission.ACTIVITY_RECORD);
        return db.transaction(dsl -> {
            ActivityStore store = new ActivityStore(dsl);
            Checked c = enterChecked(dsl, who, new Checks(), activityId, personId, hours, lateReason);
            Activity a = c.activity();
            ServiceHours saved = store.insertHours(new ServiceHours(null, a.id(), personId, a.teamId(), a.heldOn(),
                    Hours.stored(hours), HoursState.ENTERED, c.late(), c.reason(), who.username(), now(), null,
                    null, null, null));
            audit.record(dsl, who, AuditAction.CREATE, HOURS, saved.id(), hoursSummary(store, a, saved), null, saved);
            return saved;
        });
    }

    /** The checks of {@link #checkEnter}, refused if any problem. */
    private Checked enterChecked(DSLContext dsl, Session who, Checks checks, long activityId, Long personId,
                                 BigDecimal hours, String lateReason) {
        ActivityStore store = new ActivityStore(dsl);
        Activity a = requireActivity(dsl, store, who, activityId);
        checks.required("hours.person", personId);
        if (personId != null) {
            String person = store.personName(personId).orElseThrow(StaleDataException::new);
            Volunteer.rosterProblem("hours.person", person, new VolunteerStore(dsl).byPersonId(personId).orElse(null))
                    .ifPresent(p -> checks.addAll(List.of(p)));
            store.hoursOf(a.id(), personId).ifPresent(existing ->
                    checks.add("hours.person", "error.hours.onRoster", person, Hours.shown(existing.hours())));
        }
        return entryChecked(dsl, checks, null, a, hours, lateReason);
    }

    /**
     * The field checks of {@link #change} before anything is saved, added to {@code checks} as {@link #checkEnter}
     * adds them: the hours and, when late, the reason. Approved hours are refused: they are corrected instead.
     */
    public void checkChange(Session who, Checks checks, ServiceHours line, BigDecimal hours, String lateReason) {
        who.require(Permission.ACTIVITY_RECORD);
        db.read(dsl -> changeChecked(dsl, who, checks, line, hours, lateReason));
    }

    /**
     * Changes hours that are not approved (entered, or declined and so entered again for a new decision). Approved
     * hours are corrected instead ({@link #correct}).
     */
    public ServiceHours change(Session who, ServiceHours line, BigDecimal hours, String lateReason) {
        who.require(Permission.ACTIVITY_RECORD);
        return db.transaction(dsl -> {
            ActivityStore store = new ActivityStore(dsl);
            Checked c = changeChecked(dsl, who, new Checks(), line, hours, lateReason);
            ServiceHours before = c.before();
            Activity a = c.activity();
            ServiceHours after = new ServiceHours(before.id(), before.activityId(), before.personId(), a.teamId(),
                    a.heldOn(), Hours.stored(hours), HoursState.ENTERED, c.late(), c.reason(), who.username(),
                    now(), null, null, null, line.version());
            ServiceHours saved = store.updateHours(after);
            audit.record(dsl, who, AuditAction.UPDATE, HOURS, saved.id(), hoursSummary(store, a, saved), before, saved);
            return saved;
        });
    }

    /** The checks of {@link #checkChange}, refused if any problem. */
    private Checked changeChecked(DSLContext dsl, Session who, Checks checks, ServiceHours line, BigDecimal hours,
                                  String lateReason) {
        Checked stored = notApproved(dsl, new ActivityStore(dsl), who, line);
        return entryChecked(dsl, checks, stored.before(), stored.activity(), hours, lateReason);
    }

    /**
     * The hours of {@code line} as stored now, with their activity (refused, naming the team, out of the session's
     * scope): only hours not approved, approved ones are refused, to be corrected instead.
     */
    private static Checked notApproved(DSLContext dsl, ActivityStore store, Session who, ServiceHours line) {
        ServiceHours before = store.hours(line.id()).orElseThrow(StaleDataException::new);
        Activity a = requireActivity(dsl, store, who, before.activityId());
        if (!before.state().editable()) {
            throw new ConsoleException("error.hours.approvedCorrectInstead", store.personName(before.personId())
                    .orElse(""));
        }
        return new Checked(before, a, before.late(), before.lateReason());
    }

    /** Takes hours that are not approved off the roster. */
    public void remove(Session who, ServiceHours line) {
        who.require(Permission.ACTIVITY_RECORD);
        db.transaction(dsl -> {
            ActivityStore store = new ActivityStore(dsl);
            Checked stored = notApproved(dsl, store, who, line);
            ServiceHours before = stored.before();
            store.deleteHours(before.id(), line.version());
            audit.record(dsl, who, AuditAction.DELETE, HOURS, before.id(), hoursSummary(store, stored.activity(),
                    before), before, null);
            return null;
        });
    }

    /**
     * The checks of hours entered now for {@code a} ({@link HoursRules#checkEntry}), by the rules in force, added to
     * {@code checks} and refused if any problem: late hours keep their reason, others none.
     */
    private Checked entryChecked(DSLContext dsl, Checks checks, ServiceHours before, Activity a, BigDecimal hours,
                                 String lateReason) {
        String reason = Texts.clean(lateReason);
        boolean late = ActivitySettings.rules(dsl).checkEntry(checks, a, hours, reason, now())
                == HoursRules.Timing.LATE;
        checks.throwIfAny();
        return new Checked(before, a, late, late ? reason : null);
    }

    // ---------------------------------------------------------------- deciding

    /** Approves hours waiting for a decision. */
    public ServiceHours approve(Session who, ServiceHours line) {
        return decide(who, line, HoursState.APPROVED, null);
    }

    /** Declines hours waiting for a decision, with a reason. */
    public ServiceHours decline(Session who, ServiceHours line, String reason) {
        String why = Texts.clean(reason);
        new Checks().text("hours.declineReason", why, ServiceHours.REASON_MAX).throwIfAny();
        return decide(who, line, HoursState.DECLINED, why);
    }

    private ServiceHours decide(Session who, ServiceHours line, HoursState state, String note) {
        who.require(Permission.HOURS_APPROVE);
        return db.transaction(dsl -> {
            ActivityStore store = new ActivityStore(dsl);
            ServiceHours before = store.hours(line.id()).orElseThrow(StaleDataException::new);
            Activity a = requireActivity(dsl, store, who, before.activityId());
            if (before.state() != HoursState.ENTERED || !Objects.equals(before.version(), line.version())) {
                if (before.state() != HoursState.ENTERED) {
                    throw new ConsoleException("error.hours.decided", store.personName(before.personId()).orElse(""),
                            before.state());
                }
                throw new StaleDataException();
            }
            ServiceHours saved = store.updateHours(before.decided(state, who.username(), now(), note));
            audit.record(dsl, who, AuditAction.UPDATE, HOURS, saved.id(), hoursSummary(store, a, saved), before, saved);
            return saved;
        });
    }

    /**
     * Approves every line of an activity's roster waiting for a decision, but the late ones (补录), which are approved
     * one by one: how many it approved and how many late ones it left.
     */
    public BulkApproval approveAll(Session who, long activityId) {
        who.require(Permission.HOURS_APPROVE);
        return db.transaction(dsl -> {
            ActivityStore store = new ActivityStore(dsl);
            Activity a = requireActivity(dsl, store, who, activityId);
            int approved = 0;
            int late = 0;
            for (ServiceHours h : store.hoursIn(a.id(), Set.of(HoursState.ENTERED))) {
                if (h.late()) {
                    late++;
                    continue;
                }
                ServiceHours saved = store.updateHours(h.decided(HoursState.APPROVED, who.username(), now(), null));
                audit.record(dsl, who, AuditAction.UPDATE, HOURS, saved.id(), hoursSummary(store, a, saved), h, saved);
                approved++;
            }
            return new BulkApproval(approved, late);
        });
    }

    /**
     * The field checks of {@link #correct} before anything is saved, added to {@code checks} as {@link #checkEnter}
     * adds them: the hours by the rules of entered hours and changed, and the reason. Hours not approved are refused.
     */
    public void checkCorrect(Session who, Checks checks, ServiceHours line, BigDecimal hours, String reason) {
        who.require(Permission.HOURS_APPROVE);
        db.read(dsl -> correctChecked(dsl, who, checks, line, hours, reason));
    }

    /**
     * Corrects approved hours, with a reason: the state stays approved; the audit log keeps the hours before and after
     * and the reason. The hours follow the same rules as when entered (above 0, one decimal, within the activity's
     * planned length).
     */
    public ServiceHours correct(Session who, ServiceHours line, BigDecimal hours, String reason) {
        who.require(Permission.HOURS_APPROVE);
        return db.transaction(dsl -> {
            ActivityStore store = new ActivityStore(dsl);
            Checked c = correctChecked(dsl, who, new Checks(), line, hours, reason);
            ServiceHours before = c.before();
            String why = c.reason();
            ServiceHours saved = store.updateHours(new ServiceHours(before.id(), before.activityId(), before.personId(),
                    before.teamId(), before.servedOn(), Hours.stored(hours), before.state(), before.late(),
                    before.lateReason(), before.enteredBy(), before.enteredAt(), who.username(), now(), why,
                    line.version()));
            Auditable after = () -> saved.auditText() + "; correctionReason=" + AuditTexts.stored(why);
            audit.record(dsl, who, AuditAction.UPDATE, HOURS, saved.id(), hoursSummary(store, c.activity(), saved),
                    before, after);
            return saved;
        });
    }

    /** The checks of {@link #checkCorrect}, refused if any problem. */
    private Checked correctChecked(DSLContext dsl, Session who, Checks checks, ServiceHours line, BigDecimal hours,
                                   String reason) {
        ActivityStore store = new ActivityStore(dsl);
        ServiceHours before = store.hours(line.id()).orElseThrow(StaleDataException::new);
        Activity a = requireActivity(dsl, store, who, before.activityId());
        if (before.state() != HoursState.APPROVED) {
            throw new ConsoleException("error.hours.correctOnlyApproved", store.personName(before.personId())
                    .orElse(""));
        }
        String why = Texts.clean(reason);
        Hours.check(checks, "hours.hours", hours, a.plannedHours(), "error.hours.overPlanned");
        if (hours != null && hours.compareTo(before.hours()) == 0) {
            checks.add("hours.hours", "error.hours.unchanged", Hours.shown(hours));
        }
        checks.text("hours.correctionReason", why, ServiceHours.REASON_MAX).throwIfAny();
        return new Checked(before, a, before.late(), why);
    }
}
