package org.dianmifeng.console.star.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.activity.Hours;
import org.dianmifeng.console.star.StarService;
import org.dianmifeng.console.star.StarThresholds;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/**
 * The administrator's form of the star thresholds (星级标准): the hours of one to five stars as typed. The service
 * checks them ({@link StarThresholds#check}); a refusal shows beside each field and in the form's own status line,
 * never on the star levels screen.
 */
public final class StarThresholdsFormViewModel extends ViewModel {
    private final StarService stars;
    private final Consumer<StarThresholds> onSaved;
    private final FieldErrors errors;
    private final List<StringProperty> hours = new ArrayList<>();

    StarThresholdsFormViewModel(UiContext ctx, StarService stars, Consumer<StarThresholds> onSaved) {
        super(ctx);
        this.stars = stars;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        StarThresholds now = stars.thresholds();
        for (int s = 1; s <= StarThresholds.LEVELS; s++) {
            hours.add(new SimpleStringProperty(now.of(s).toPlainString()));
        }
    }

    /**
     * Saves the thresholds as typed; every problem at once, a value that is no number (named with what was typed)
     * among the thresholds' own rules.
     */
    public void save(Runnable done) {
        errors.clear();
        Checks unreadable = new Checks();
        StarThresholds typed = typed(unreadable);
        saveForm(errors, p -> {
            new Checks().addAll(unreadable.problems()).addAll(typed.check().problems()).throwIfAny();
            return stars.saveThresholds(session(), typed);
        }, onSaved, done);
    }

    /** The hours as typed: blank as none, one that is no number as none with its problem in {@code unreadable}. */
    private StarThresholds typed(Checks unreadable) {
        List<BigDecimal> list = new ArrayList<>();
        for (int s = 1; s <= hours.size(); s++) {
            list.add(Hours.parse(hours.get(s - 1).get(), StarThresholds.field(s), unreadable));
        }
        return new StarThresholds(list);
    }

    public FieldErrors errors() {
        return errors;
    }

    /** The hours of {@code stars} (1..5) as typed. */
    public StringProperty hoursProperty(int stars) {
        return hours.get(stars - 1);
    }
}
