package org.dianmifeng.console.activity.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.activity.Activity;
import org.dianmifeng.console.activity.ActivityService;
import org.dianmifeng.console.activity.Hours;
import org.dianmifeng.console.activity.HoursRules;
import org.dianmifeng.console.activity.RosterLine;
import org.dianmifeng.console.activity.ServiceHours;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.volunteer.ui.PersonPicker;

/**
 * One person's hours at an activity, in one of three modes: put a person (found by search as you type) on the roster,
 * change hours not yet approved, or correct approved hours with a reason. The reason field is the late-entry reason
 * (补录) in the first two modes, needed only when the entry is late, and the correction's reason in the third.
 */
public final class HoursFormViewModel extends ViewModel {
    /** What the form does. */
    public enum Mode {
        ADD,
        CHANGE,
        CORRECT
    }

    private final ActivityService service;
    private final Activity activity;
    private final RosterLine line;
    private final Mode mode;
    private final Consumer<ServiceHours> onSaved;
    private final FieldErrors errors;
    private final PersonPicker person;
    private final StringProperty hours = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");

    private HoursFormViewModel(UiContext ctx, ActivityService service, PersonService people, Activity activity,
                               RosterLine line, Mode mode, Consumer<ServiceHours> onSaved) {
        super(ctx);
        this.service = service;
        this.activity = activity;
        this.line = line;
        this.mode = mode;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        this.person = people == null ? null : new PersonPicker(ctx, people, null);
        if (line != null) {
            hours.set(Hours.shown(line.hours().hours()));
            reason.set(mode == Mode.CHANGE && line.hours().lateReason() != null ? line.hours().lateReason() : "");
        } else {
            hours.set(Hours.shown(activity.plannedHours()));
        }
    }

    static HoursFormViewModel add(UiContext ctx, ActivityService service, PersonService people, Activity activity,
                                  Consumer<ServiceHours> onSaved) {
        return new HoursFormViewModel(ctx, service, people, activity, null, Mode.ADD, onSaved);
    }

    static HoursFormViewModel change(UiContext ctx, ActivityService service, Activity activity, RosterLine line,
                                     Consumer<ServiceHours> onSaved) {
        return new HoursFormViewModel(ctx, service, null, activity, line, Mode.CHANGE, onSaved);
    }

    static HoursFormViewModel correct(UiContext ctx, ActivityService service, Activity activity, RosterLine line,
                                      Consumer<ServiceHours> onSaved) {
        return new HoursFormViewModel(ctx, service, null, activity, line, Mode.CORRECT, onSaved);
    }

    /**
     * Validates and saves in the background; {@code done} runs only when saved. Every problem is reported at once: the
     * hours the form cannot read with the service's own field checks (the person, the hours, the reason); nothing is
     * saved while any remains.
     */
    public void save(Runnable done) {
        errors.clear();
        String typed = hours.get();
        String why = reason.get();
        Long personId = person == null || person.chosenProperty().get() == null ? null
                : person.chosenProperty().get().id();
        saveForm(errors, p -> {
            Checks checks = new Checks();
            BigDecimal h = Hours.parse(typed, "hours.hours", checks);
            switch (mode) {
                case ADD -> service.checkEnter(session(), checks, activity.id(), personId, h, why);
                case CHANGE -> service.checkChange(session(), checks, line.hours(), h, why);
                case CORRECT -> service.checkCorrect(session(), checks, line.hours(), h, why);
            }
            return switch (mode) {
                case ADD -> service.enter(session(), activity.id(), personId, h, why);
                case CHANGE -> service.change(session(), line.hours(), h, why);
                case CORRECT -> service.correct(session(), line.hours(), h, why);
            };
        }, onSaved, done);
    }

    /**
     * What the form says above its fields: the activity, its planned length, and whether an entry now is late (补录,
     * a reason needed) or no longer possible.
     */
    public String hint() {
        String head = messages().text("hours.form.activity", activity.summary(), Hours.shown(activity.plannedHours()));
        if (mode == Mode.CORRECT) {
            return head + "\n" + messages().text("hours.form.correct");
        }
        HoursRules rules = service.rules();
        LocalDate today = service.today();
        long days = ChronoUnit.DAYS.between(activity.heldOn(), today);
        return switch (rules.timing(activity.heldOn(), today)) {
            case ON_TIME -> head;
            case LATE -> head + "\n" + messages().text("hours.form.late", days, rules.lateAfterDays(),
                    rules.lastDay(activity.heldOn()));
            case TOO_LATE -> head + "\n" + messages().text("hours.form.tooLate", days, rules.refuseAfterDays());
        };
    }

    /** The label of the reason field: late-entry reason, or correction reason. */
    public String reasonLabel() {
        return messages().text(mode == Mode.CORRECT ? "field.hours.correctionReason" : "field.hours.lateReason");
    }

    /** The field name the service reports the reason under. */
    public String reasonField() {
        return mode == Mode.CORRECT ? "hours.correctionReason" : "hours.lateReason";
    }

    public Mode mode() {
        return mode;
    }

    /** The person, fixed once on the roster. */
    public String personName() {
        return line == null ? null : line.personName();
    }

    public FieldErrors errors() {
        return errors;
    }

    /** The picker of a new line (null when the person is fixed). */
    public PersonPicker person() {
        return person;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
