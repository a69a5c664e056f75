package org.dianmifeng.console.activity.ui;

import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.activity.ActivityService;
import org.dianmifeng.console.activity.RosterLine;
import org.dianmifeng.console.activity.ServiceHours;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/**
 * The small form that declines a line of hours with its reason (不通过): a Save refused (no reason, a reason too long,
 * the hours decided meanwhile) keeps the form open, the reason typed, the problem at its field or in its status line.
 */
public final class DeclineFormViewModel extends ViewModel {
    private final ActivityService activities;
    private final RosterLine line;
    private final Consumer<ServiceHours> onSaved;
    private final FieldErrors errors;
    private final StringProperty reason = new SimpleStringProperty("");

    DeclineFormViewModel(UiContext ctx, ActivityService activities, RosterLine line, Consumer<ServiceHours> onSaved) {
        super(ctx);
        this.activities = activities;
        this.line = line;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
    }

    /** "Why are 王芳's hours declined?" */
    public String prompt() {
        return messages().text("hours.decline.prompt", line.personName());
    }

    public void save(Runnable done) {
        errors.clear();
        String why = reason.get();
        saveForm(errors, p -> activities.decline(session(), line.hours(), why), onSaved, done);
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
