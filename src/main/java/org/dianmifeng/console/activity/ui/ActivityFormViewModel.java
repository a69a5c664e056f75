package org.dianmifeng.console.activity.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.activity.Activity;
import org.dianmifeng.console.activity.ActivityChoices;
import org.dianmifeng.console.activity.ActivityKind;
import org.dianmifeng.console.activity.ActivityService;
import org.dianmifeng.console.activity.Hours;
import org.dianmifeng.console.activity.NamedRef;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Problem;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/** The form of an activity: title, kind, team, project, station, day and time, planned hours, place, content. */
public final class ActivityFormViewModel extends ViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);
    /** The field of the start's time of day, beside the day ({@code activity.startsAt}). */
    static final String TIME_FIELD = "activity.time";
    private final ActivityService service;
    private final ActivityChoices choices;
    private final Activity original;
    private final Consumer<Activity> onSaved;
    private final FieldErrors errors;
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<ActivityKind> kind = new SimpleObjectProperty<>(ActivityKind.SERVICE);
    private final ObjectProperty<NamedRef> team = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedRef> project = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedRef> site = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("09:00");
    private final StringProperty plannedHours = new SimpleStringProperty("2.0");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty content = new SimpleStringProperty("");

    ActivityFormViewModel(UiContext ctx, ActivityService service, ActivityChoices choices, Activity original,
                          NamedRef team, Consumer<Activity> onSaved) {
        super(ctx);
        this.service = service;
        this.choices = choices;
        this.original = original;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        if (original == null) {
            this.team.set(team);
            day.set(service.today());
        } else {
            title.set(original.title());
            kind.set(original.kind());
            this.team.set(find(choices.teams(), original.teamId()));
            project.set(find(choices.projects(), original.projectId()));
            site.set(find(choices.sites(), original.siteId()));
            day.set(original.heldOn());
            time.set(TIME.format(original.startsAt().toLocalTime()));
            plannedHours.set(Hours.shown(original.plannedHours()));
            place.set(original.place() == null ? "" : original.place());
            content.set(original.content() == null ? "" : original.content());
        }
    }

    private static NamedRef find(List<NamedRef> refs, Long id) {
        return id == null ? null : refs.stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }

    public boolean editing() {
        return original != null;
    }

    /**
     * Validates and saves in the background; {@code done} runs only when saved. Every problem is reported at once:
     * {@code formProblems} (the dates the form could not read), the hours and time it cannot read, and the activity's
     * own checks; nothing is saved while any remains.
     */
    public void save(List<Problem> formProblems, Runnable done) {
        errors.clear();
        String typedTime = time.get();
        LocalDate d = day.get();
        String typedHours = plannedHours.get();
        Long teamId = team.get() == null ? null : team.get().id();
        Long projectId = project.get() == null ? null : project.get().id();
        Long siteId = site.get() == null ? null : site.get().id();
        String t = title.get();
        ActivityKind k = kind.get();
        String pl = place.get();
        String c = content.get();
        saveForm(errors, p -> {
            Checks checks = new Checks().addAll(formProblems);
            BigDecimal hours = Hours.parse(typedHours, "activity.plannedHours", checks);
            LocalTime at = parseTime(typedTime, checks);
            LocalDateTime startsAt = d == null ? null : d.atTime(at);
            Activity draft = new Activity(original == null ? null : original.id(), t, k, projectId, siteId, teamId,
                    startsAt, hours, pl, c, original != null && original.cancelled(),
                    original == null ? null : original.version());
            draft.cleaned().check(checks).throwIfAny();
            return createOrUpdate(original == null, () -> service.create(session(), draft),
                    () -> service.update(session(), draft), () -> { });
        }, onSaved, done);
    }

    /**
     * The time as typed, 09:00 when blank; one it cannot read is a problem of its field ({@link #TIME_FIELD}) in
     * {@code checks}, and 09:00 stands for it in the activity's other checks (nothing is saved).
     */
    private static LocalTime parseTime(String typed, Checks checks) {
        String t = Texts.clean(typed);
        if (t == null) {
            return DEFAULT_TIME;
        }
        try {
            return LocalTime.parse(t.replace('：', ':'), TIME);
        } catch (DateTimeParseException e) {
            checks.add(TIME_FIELD, "error.activity.time", t);
            return DEFAULT_TIME;
        }
    }

    public ActivityChoices choices() {
        return choices;
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<ActivityKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<NamedRef> teamProperty() {
        return team;
    }

    public ObjectProperty<NamedRef> projectProperty() {
        return project;
    }

    public ObjectProperty<NamedRef> siteProperty() {
        return site;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty plannedHoursProperty() {
        return plannedHours;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty contentProperty() {
        return content;
    }
}
