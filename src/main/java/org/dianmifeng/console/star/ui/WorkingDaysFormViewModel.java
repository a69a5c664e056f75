package org.dianmifeng.console.star.ui;

import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.star.StarService;
import org.dianmifeng.console.star.WorkingDays;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/**
 * The administrator's form of the working days a public notice counts: the holidays and the weekends worked, one
 * date a line. The service reads and checks them ({@link WorkingDays#parse}); a refusal shows beside each list and in
 * the form's own status line, never on the star levels screen.
 */
public final class WorkingDaysFormViewModel extends ViewModel {
    private final StarService stars;
    private final Consumer<WorkingDays> onSaved;
    private final FieldErrors errors;
    private final StringProperty holidays = new SimpleStringProperty("");
    private final StringProperty workedWeekends = new SimpleStringProperty("");

    WorkingDaysFormViewModel(UiContext ctx, StarService stars, Consumer<WorkingDays> onSaved) {
        super(ctx);
        this.stars = stars;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        WorkingDays now = stars.workingDays();
        holidays.set(WorkingDays.text(now.holidays()).replace(",", "\n"));
        workedWeekends.set(WorkingDays.text(now.workedWeekends()).replace(",", "\n"));
    }

    public void save(Runnable done) {
        errors.clear();
        String off = holidays.get();
        String worked = workedWeekends.get();
        saveForm(errors, p -> stars.saveWorkingDays(session(), off, worked), onSaved, done);
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty holidaysProperty() {
        return holidays;
    }

    public StringProperty workedWeekendsProperty() {
        return workedWeekends;
    }
}
