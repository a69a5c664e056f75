package org.dianmifeng.console.star.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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

    public void save(Runnable done) {
        errors.clear();
        StarThresholds typed = typed();
        saveForm(errors, p -> stars.saveThresholds(session(), typed), onSaved, done);
    }

    /** The hours as typed; one that is no number counts as 0, which the check refuses with its rule. */
    private StarThresholds typed() {
        List<BigDecimal> list = new ArrayList<>();
        for (StringProperty h : hours) {
            try {
                list.add(new BigDecimal(h.get() == null ? "" : h.get().strip()));
            } catch (NumberFormatException e) {
                list.add(BigDecimal.ZERO);
            }
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
