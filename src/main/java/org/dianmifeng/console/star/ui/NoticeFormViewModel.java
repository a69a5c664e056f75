package org.dianmifeng.console.star.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.star.StarLevel;
import org.dianmifeng.console.star.StarService;
import org.dianmifeng.console.star.WorkingDays;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.FormNumbers;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/**
 * The form that puts the chosen reached levels on public notice: its first day and how many working days it lasts,
 * as typed. A number the form cannot read, or fewer days than {@value WorkingDays#NOTICE_MIN}, is refused at its field
 * and the form stays open (a spinner set 3 to 5 without a word, and the notice went out for 5).
 */
public final class NoticeFormViewModel extends ViewModel {
    private final StarService stars;
    private final List<Long> ids;
    private final Consumer<List<StarLevel>> onSaved;
    private final FieldErrors errors;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final StringProperty days = new SimpleStringProperty(Integer.toString(WorkingDays.NOTICE_MIN));

    NoticeFormViewModel(UiContext ctx, StarService stars, List<Long> ids, LocalDate start,
                        Consumer<List<StarLevel>> onSaved) {
        super(ctx);
        this.stars = stars;
        this.ids = List.copyOf(ids);
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        from.set(start);
    }

    /** Checks and saves in the background; {@code done} runs only when the levels are on notice. */
    public void save(Runnable done) {
        errors.clear();
        LocalDate start = from.get();
        String typed = days.get();
        saveForm(errors, p -> {
            Checks checks = new Checks();
            Integer d = FormNumbers.integer(typed, checks, StarService.NOTICE_DAYS);
            checks.throwIfAny();
            return stars.putOnNotice(session(), ids, start, d);
        }, onSaved, done);
    }

    public FieldErrors errors() {
        return errors;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public StringProperty daysProperty() {
        return days;
    }
}
