package org.dianmifeng.console.activity.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.dianmifeng.console.account.TeamScope;
import org.dianmifeng.console.activity.Activity;
import org.dianmifeng.console.activity.ActivityChoices;
import org.dianmifeng.console.activity.ActivityFilter;
import org.dianmifeng.console.activity.ActivityKind;
import org.dianmifeng.console.activity.ActivityRow;
import org.dianmifeng.console.activity.ActivityService;
import org.dianmifeng.console.activity.ActivitySettings;
import org.dianmifeng.console.activity.Hours;
import org.dianmifeng.console.activity.HoursFilter;
import org.dianmifeng.console.activity.HoursState;
import org.dianmifeng.console.activity.NamedRef;
import org.dianmifeng.console.activity.RosterLine;
import org.dianmifeng.console.activity.ServiceHours;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.report.OneDecimal;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.ui.Work;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.unit.UnitService;

/**
 * The screen 活动与时长: the activities of a period filtered by team, kind, project, station, state of their hours and
 * text (a team leader's list opens on their own team); the roster of the selected activity with each person's hours,
 * and the commands to keep activities, enter hours, approve, decline, approve a roster at once and correct approved
 * hours. Refusals show in the status line under the list.
 */
public final class ActivityListViewModel extends ViewModel implements Exportable {
    static final String AREA = "activities";
    /** Bundle keys of the activity columns, in the order of {@link #cells(ActivityRow)}. */
    static final List<String> COLUMN_KEYS = List.of("field.activity.startsAt", "field.activity.title",
            "field.activity.kind", "field.activity.plannedHours", "activity.column.roster", "activity.column.pending",
            "activity.column.approvedHours", "activity.column.status", "field.activity.team", "field.activity.project",
            "field.activity.site");
    /** Bundle keys of the roster columns, in the order of {@link #lineCells(RosterLine)}. */
    static final List<String> LINE_KEYS = List.of("field.hours.person", "activity.column.volunteerNo",
            "activity.column.unit", "field.hours.hours", "field.hours.state", "field.hours.late",
            "field.hours.lateReason", "field.hours.decisionNote");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Activities shown before the list of a new filter is read whole: as many as fill a tall window twice. */
    static final int FIRST_LINES = 100;

    private final ActivityService activities;
    private final ActivitySettings settings;
    private final PersonService people;
    private final UnitService units;
    private final ObservableList<ActivityRow> all = FXCollections.observableArrayList();
    private final SortedList<ActivityRow> shown = new SortedList<>(all);
    private final ObservableList<RosterLine> roster = FXCollections.observableArrayList();
    private final ObservableList<NamedRef> teamChoices = FXCollections.observableArrayList();
    private final ObservableList<NamedRef> projectChoices = FXCollections.observableArrayList();
    private final ObservableList<NamedRef> siteChoices = FXCollections.observableArrayList();
    private final ObjectProperty<NamedRef> teamFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<ActivityKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedRef> projectFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedRef> siteFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<HoursFilter> hoursFilter = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<ActivityRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<RosterLine> selectedLine = new SimpleObjectProperty<>();
    private final ExportCommand export = new ExportCommand(this, "export.done");
    /** Whether the list holds every activity of its filter (false while only its first lines are shown). */
    private final BooleanProperty complete = new SimpleBooleanProperty();
    private final StringBinding countText;
    /** The teams the session acts for ({@link ActivityService#scope}), null until the first load has read it. */
    private final ObjectProperty<TeamScope> scope = new SimpleObjectProperty<>();
    private final BooleanBinding selectedInScope;
    private final BooleanBinding canCreate;
    private boolean loading;
    /** The reads of the list and roster under way: a refusal's reason is shown once none is left. */
    private int reading;
    /** What to do once every read under way has shown its rows: a refusal's reason, set after they cleared it. */
    private Runnable settled;
    /** The filter of the rows shown (null before the first); a later filter shows its first lines first. */
    private ActivityFilter shownFilter;
    /** The number of the last {@link #load}: the rows of an earlier one, arriving after it, are not shown. */
    private int loads;

    public ActivityListViewModel(UiContext ctx, ActivityService activities, ActivitySettings settings,
                                 PersonService people, UnitService units) {
        super(ctx);
        this.activities = activities;
        this.settings = settings;
        this.people = people;
        this.units = units;
        LocalDate today = activities.today();
        from.set(today.withDayOfYear(1));
        to.set(today.withDayOfYear(today.lengthOfYear()));
        for (ObservableValue<?> p : List.<ObservableValue<?>>of(teamFilter, kindFilter, projectFilter, siteFilter,
                from, to, hoursFilter, text)) {
            p.addListener((o, a, b) -> {
                if (!loading) {
                    load();
                }
            });
        }
        selected.addListener((o, a, b) -> {
            if (!sameActivity(a, b)) {
                roster.clear();
                selectedLine.set(null);
                if (b != null) {
                    loadRoster();
                }
            }
        });
        selectedInScope = Bindings.createBooleanBinding(() -> selected.get() != null && scope.get() != null
                && scope.get().covers(selected.get().activity().teamId()), selected, scope);
        canCreate = Bindings.createBooleanBinding(() -> scope.get() != null && (scope.get().isAll()
                || find(teamChoices, scope.get().teamId()) != null), scope, teamChoices);
        countText = Bindings.createStringBinding(() -> complete.get()
                ? messages().text("activity.count", all.size())
                : messages().text("activity.count.reading", all.size()), all, complete);
        onChange(AREA, this::load);
    }

    public boolean canRecord() {
        return session().can(Permission.ACTIVITY_RECORD);
    }

    public boolean canApprove() {
        return session().can(Permission.HOURS_APPROVE);
    }

    public boolean canKeepSettings() {
        return session().can(Permission.SETTINGS_MANAGE);
    }

    /** Projects are kept by the office, not by a team leader. */
    public boolean canKeepProjects() {
        return canRecord() && scope.get() != null && scope.get().isAll();
    }

    /**
     * Whether the session may keep the selected activity and its roster: one is selected and its team is in the
     * session's scope, the rule {@link ActivityService} enforces ({@link TeamScope#covers}); what it can do to it
     * further depends on its permissions ({@link #canRecord}, {@link #canApprove}).
     */
    public BooleanBinding selectedInScopeProperty() {
        return selectedInScope;
    }

    /** Whether the session can create an activity: for every team, or a team leader's for their own team. */
    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    /** What a load read: {@code complete} when {@code rows} are the whole list of {@code filter}, not its first lines. */
    private record Loaded(TeamScope scope, ActivityChoices choices, ActivityFilter filter, List<ActivityRow> rows,
                          boolean complete) {
    }

    /**
     * Reads the choices and the activities of the filter again, keeping the selection. A filter other than the one
     * shown (the screen's first, another period, team, …) shows its {@value #FIRST_LINES} newest activities first,
     * read from the index on the start, and the others follow (seconds for a year of 50,000 activities), the count
     * saying so; the same filter again (after a change) is read whole at once, the rows shown staying until then.
     */
    public void load() {
        ActivityFilter filter = filter();
        boolean first = teamChoices.isEmpty();
        ActivityFilter shown = shownFilter;
        Long before = selected.get() == null ? null : selected.get().id();
        int load = ++loads;
        read(p -> {
            TeamScope s = activities.scope(session());
            ActivityFilter f = first && !s.isAll() ? withTeam(filter, s.teamId()) : filter;
            boolean again = f.equals(shown);
            return new Loaded(s, activities.choices(session()), f, again ? activities.list(session(), f)
                    : activities.firstLines(session(), f, FIRST_LINES), again);
        }, loaded -> {
            if (load != loads) {
                return;
            }
            loading = true;
            scope.set(loaded.scope());
            teamChoices.setAll(loaded.choices().teams());
            projectChoices.setAll(loaded.choices().projects());
            siteChoices.setAll(loaded.choices().sites());
            Long team = first && !loaded.scope().isAll() ? loaded.scope().teamId() : idOf(teamFilter.get());
            teamFilter.set(find(teamChoices, team));
            projectFilter.set(find(projectChoices, idOf(projectFilter.get())));
            siteFilter.set(find(siteChoices, idOf(siteFilter.get())));
            loading = false;
            show(loaded.filter(), loaded.rows(), loaded.complete(), before);
            if (!loaded.complete()) {
                read(p -> activities.list(session(), loaded.filter()), rows -> {
                    if (load == loads) {
                        show(loaded.filter(), rows, true, before);
                    }
                });
            }
        });
    }

    /**
     * Shows the rows of {@code f}, keeping the selected activity if it is among them (its roster read again), else
     * the one selected {@code before} the load (an activity older than the first lines is selected again once the
     * whole list is shown).
     */
    private void show(ActivityFilter f, List<ActivityRow> rows, boolean whole, Long before) {
        Long keep = selected.get() != null ? Long.valueOf(selected.get().id()) : before;
        shownFilter = f;
        complete.set(whole);
        all.setAll(rows);
        ActivityRow again = keep == null ? null : all.stream().filter(r -> r.id() == keep).findFirst().orElse(null);
        boolean same = sameActivity(selected.get(), again);
        selected.set(again);
        if (same && again != null && whole) {
            loadRoster();
        }
    }

    private static ActivityFilter withTeam(ActivityFilter f, Long teamId) {
        return new ActivityFilter(teamId, f.kind(), f.projectId(), f.siteId(), f.from(), f.to(), f.hours(), f.text());
    }

    private static Long idOf(NamedRef ref) {
        return ref == null ? null : ref.id();
    }

    private static NamedRef find(List<NamedRef> refs, Long id) {
        return id == null ? null : refs.stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }

    /** The filter the controls describe. */
    public ActivityFilter filter() {
        return new ActivityFilter(idOf(teamFilter.get()), kindFilter.get(), idOf(projectFilter.get()),
                idOf(siteFilter.get()), from.get(), to.get(), hoursFilter.get(), text.get());
    }

    private void loadRoster() {
        ActivityRow activity = selected.get();
        read(p -> activities.roster(session(), activity.id()), lines -> {
            if (selected.get() != null && selected.get().id() == activity.id()) {
                Long keep = selectedLine.get() == null ? null : selectedLine.get().id();
                roster.setAll(lines);
                selectedLine.set(lines.stream().filter(l -> Objects.equals(l.id(), keep)).findFirst().orElse(null));
            }
        });
    }

    /**
     * A read of the list or roster in the background: every background work clears the status line's error as it
     * starts, so a refusal's reason waits ({@link #settled}) until the last read under way has shown its rows.
     */
    private <T> void read(Work<T> work, Consumer<T> shown) {
        reading++;
        background(work, result -> {
            reading--;
            shown.accept(result);
            settle();
        }, e -> {
            reading--;
            settle();
        });
    }

    private void settle() {
        if (reading == 0 && settled != null) {
            Runnable then = settled;
            settled = null;
            then.run();
        }
    }

    /**
     * The reload after a command: tells the window the activities changed (this list reads them again with the
     * others), and runs {@code then} once every read it started has shown its rows.
     */
    private void reload(Runnable then) {
        settled = then;
        changed(AREA);
        settle();
    }

    // ---------------------------------------------------------------- activities

    public ActivityFormViewModel newActivityForm() {
        TeamScope s = scope.get();
        NamedRef team = s == null || s.isAll() ? teamFilter.get() : find(teamChoices, s.teamId());
        return new ActivityFormViewModel(ctx, activities, choices(), null, team, this::afterActivitySaved);
    }

    public ActivityFormViewModel editActivityForm() {
        return new ActivityFormViewModel(ctx, activities, choices(), selected.get().activity(), null,
                this::afterActivitySaved);
    }

    private ActivityChoices choices() {
        return new ActivityChoices(List.copyOf(teamChoices), List.copyOf(projectChoices), List.copyOf(siteChoices));
    }

    private void afterActivitySaved(Activity saved) {
        setNotice(messages().text("notice.saved", saved.title()));
        changed(AREA);
    }

    public void deleteActivity() {
        Activity a = selected.get().activity();
        act(p -> {
            activities.delete(session(), a);
            return a;
        }, done -> messages().text("activity.deleted", done.title()), this::reload);
    }

    public void cancelActivity() {
        Activity a = selected.get().activity();
        act(p -> activities.cancel(session(), a), done -> messages().text("activity.cancelledNotice", done.title()),
                this::reload);
    }

    /** Reopens the selected cancelled activity (恢复活动); a refusal shows in the status line. */
    public void reopenActivity() {
        Activity a = selected.get().activity();
        act(p -> activities.reopen(session(), a), done -> messages().text("activity.reopenedNotice", done.title()),
                this::reload);
    }

    // ---------------------------------------------------------------- hours

    /** The form that puts a person on the selected activity's roster with their hours. */
    public HoursFormViewModel addHoursForm() {
        return HoursFormViewModel.add(ctx, activities, people, selected.get().activity(), this::afterHoursSaved);
    }

    /** The form that changes the selected line's hours (not approved) or, approved, corrects them with a reason. */
    public HoursFormViewModel changeHoursForm() {
        RosterLine line = selectedLine.get();
        return line.hours().state() == HoursState.APPROVED
                ? HoursFormViewModel.correct(ctx, activities, selected.get().activity(), line, this::afterHoursSaved)
                : HoursFormViewModel.change(ctx, activities, selected.get().activity(), line, this::afterHoursSaved);
    }

    private void afterHoursSaved(ServiceHours saved) {
        setNotice(messages().text("hours.saved", Hours.shown(saved.hours())));
        changed(AREA);
    }

    public void removeLine() {
        RosterLine line = selectedLine.get();
        act(p -> {
            activities.remove(session(), line.hours());
            return line;
        }, done -> messages().text("hours.removed", done.personName()), this::reload);
    }

    public void approveLine() {
        RosterLine line = selectedLine.get();
        act(p -> activities.approve(session(), line.hours()), done -> messages().text("hours.approved",
                line.personName(), Hours.shown(done.hours())), this::reload);
    }

    /**
     * The form that declines the selected line with its reason: refused, it stays open with the problem at the
     * reason; saved, it says so and the list and roster are read again.
     */
    public DeclineFormViewModel declineForm() {
        RosterLine line = selectedLine.get();
        return new DeclineFormViewModel(ctx, activities, line, declined -> {
            setNotice(messages().text("hours.declined", line.personName()));
            changed(AREA);
        });
    }

    /** Approves every line of the selected roster waiting, but the late ones; says how many it skipped, and why. */
    public void approveAll() {
        ActivityRow row = selected.get();
        act(p -> activities.approveAll(session(), row.id()), done -> done.skippedLate() == 0
                ? messages().text("hours.bulkApproved", done.approved())
                : messages().text("hours.bulkApprovedSkipped", done.approved(), done.skippedLate()),
                this::reload);
    }

    public HoursRulesFormViewModel rulesForm() {
        return new HoursRulesFormViewModel(ctx, settings, saved -> setNotice(messages().text("hoursRules.saved",
                saved.lateAfterDays(), saved.refuseAfterDays())));
    }

    public ProjectsViewModel projects() {
        return new ProjectsViewModel(ctx, activities, units, () -> changed(AREA));
    }

    // ---------------------------------------------------------------- table

    public List<String> columnHeaders() {
        return COLUMN_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    public List<Object> cells(ActivityRow r) {
        Activity a = r.activity();
        return Arrays.asList(WHEN.format(a.startsAt()), a.title(), messages().label(a.kind()),
                OneDecimal.of(a.plannedHours()), r.lines(), r.entered() == 0 ? null : r.lateEntered() == 0
                        ? Integer.toString(r.entered())
                        : messages().text("activity.pendingWithLate", r.entered(), r.lateEntered()),
                OneDecimal.of(r.approvedHours()), status(r), r.teamName(), r.projectName(),
                r.siteName() != null ? r.siteName() : a.place());
    }

    public String status(ActivityRow r) {
        if (r.activity().cancelled()) {
            return messages().text("activity.status.cancelled");
        }
        if (r.lines() == 0) {
            return messages().label(HoursFilter.NO_HOURS);
        }
        return r.entered() > 0 ? messages().label(HoursFilter.HAS_PENDING) : messages().label(HoursFilter.ALL_DECIDED);
    }

    public List<String> lineHeaders() {
        return LINE_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    public List<Object> lineCells(RosterLine l) {
        ServiceHours h = l.hours();
        return Arrays.asList(l.personName(), l.volunteerNo(), l.unitName(), OneDecimal.of(h.hours()),
                messages().label(h.state()), h.late() ? messages().text("hours.lateMark") : null, h.lateReason(),
                h.decisionNote());
    }

    /** Writes exactly the activities the list shows, with its columns, to an .xlsx file in the background. */
    public Job export(Path out) {
        return export.run(out, messages().text("activity.export.title"),
                ExportCommand.columns(columnHeaders(), this::cells), shown);
    }

    @Override
    public ExportCommand exports() {
        return export;
    }

    // ---------------------------------------------------------------- properties

    public SortedList<ActivityRow> rows() {
        return shown;
    }

    /** "共 N 项活动", or, while only the first lines are shown, that the others are being read. */
    public StringBinding countText() {
        return countText;
    }

    /** Whether the list holds every activity of its filter (false while only its first lines are shown). */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete;
    }

    public ObservableList<RosterLine> roster() {
        return roster;
    }

    public ObservableList<NamedRef> teamChoices() {
        return teamChoices;
    }

    public ObservableList<NamedRef> projectChoices() {
        return projectChoices;
    }

    public ObservableList<NamedRef> siteChoices() {
        return siteChoices;
    }

    public ObjectProperty<NamedRef> teamFilterProperty() {
        return teamFilter;
    }

    public ObjectProperty<ActivityKind> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<NamedRef> projectFilterProperty() {
        return projectFilter;
    }

    public ObjectProperty<NamedRef> siteFilterProperty() {
        return siteFilter;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<HoursFilter> hoursFilterProperty() {
        return hoursFilter;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<ActivityRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<RosterLine> selectedLineProperty() {
        return selectedLine;
    }

    private static boolean sameActivity(ActivityRow a, ActivityRow b) {
        return Objects.equals(a == null ? null : a.id(), b == null ? null : b.id());
    }
}
