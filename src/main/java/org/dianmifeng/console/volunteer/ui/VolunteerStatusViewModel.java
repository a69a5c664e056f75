package org.dianmifeng.console.volunteer.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.volunteer.VolunteerRow;
import org.dianmifeng.console.volunteer.VolunteerService;
import org.dianmifeng.console.volunteer.VolunteerStatus;

/** A volunteer's status change: the new status (any other than the present one) and the reason, both required. */
public final class VolunteerStatusViewModel extends ViewModel {
    private final VolunteerService volunteers;
    private final VolunteerRow row;
    private final Consumer<String> onSaved;
    private final FieldErrors errors;
    private final List<VolunteerStatus> choices;
    private final ObjectProperty<VolunteerStatus> status = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");

    VolunteerStatusViewModel(UiContext ctx, VolunteerService volunteers, VolunteerRow row, Consumer<String> onSaved) {
        super(ctx);
        this.volunteers = volunteers;
        this.row = row;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        VolunteerStatus now = row.volunteer().status();
        this.choices = Arrays.stream(VolunteerStatus.values()).filter(now::canChangeTo).toList();
    }

    public void save(Runnable done) {
        errors.clear();
        VolunteerStatus to = status.get();
        String why = reason.get();
        saveForm(errors, p -> volunteers.changeStatus(session(), row.volunteer(), to, why),
                saved -> onSaved.accept(messages().text("volunteer.statusChanged", row.name(), saved.status())), done);
    }

    /** What the form is about: the volunteer and their present status. */
    public String heading() {
        return messages().text("volunteer.status.heading", row.name(), row.volunteer().volunteerNo(),
                row.volunteer().status());
    }

    public FieldErrors errors() {
        return errors;
    }

    public List<VolunteerStatus> choices() {
        return choices;
    }

    public ObjectProperty<VolunteerStatus> statusProperty() {
        return status;
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
