package org.dianmifeng.console.activity.ui;

import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.activity.ActivitySettings;
import org.dianmifeng.console.activity.HoursRules;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/** The administrator's small form of the late-entry (补录) settings: the days after which hours are late, and refused. */
public final class HoursRulesFormViewModel extends ViewModel {
    private final ActivitySettings settings;
    private final Consumer<HoursRules> onSaved;
    private final FieldErrors errors;
    private final StringProperty lateAfterDays = new SimpleStringProperty("");
    private final StringProperty refuseAfterDays = new SimpleStringProperty("");

    HoursRulesFormViewModel(UiContext ctx, ActivitySettings settings, Consumer<HoursRules> onSaved) {
        super(ctx);
        this.settings = settings;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        HoursRules now = settings.rules();
        lateAfterDays.set(Integer.toString(now.lateAfterDays()));
        refuseAfterDays.set(Integer.toString(now.refuseAfterDays()));
    }

    public void save(Runnable done) {
        errors.clear();
        String late = lateAfterDays.get();
        String refuse = refuseAfterDays.get();
        saveForm(errors, p -> {
            Checks checks = new Checks();
            int l = days(checks, "hoursRules.lateAfterDays", late);
            int r = days(checks, "hoursRules.refuseAfterDays", refuse);
            checks.throwIfAny();
            return settings.save(session(), new HoursRules(l, r));
        }, onSaved, done);
    }

    private static int days(Checks checks, String field, String typed) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            checks.add(field, "error.hoursRules.number");
            return 0;
        }
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty lateAfterDaysProperty() {
        return lateAfterDays;
    }

    public StringProperty refuseAfterDaysProperty() {
        return refuseAfterDays;
    }
}
