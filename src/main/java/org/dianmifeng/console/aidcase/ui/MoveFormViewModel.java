package org.dianmifeng.console.aidcase.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.aidcase.AidCaseService;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.aidcase.CaseEvent;
import org.dianmifeng.console.aidcase.CaseRow;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/** Moves a case to another status: only the statuses allowed from where it stands, a date, a reason where needed. */
public final class MoveFormViewModel extends ViewModel {
    private final AidCaseService cases;
    private final CaseRow row;
    private final Consumer<String> onSaved;
    private final FieldErrors errors;
    private final List<AidCaseStatus> targets;
    private final ObjectProperty<AidCaseStatus> target = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");

    /** @param history the case's events as the timeline shows them, oldest first (empty while not read yet) */
    MoveFormViewModel(UiContext ctx, AidCaseService cases, CaseRow row, List<CaseEvent> history,
                      Consumer<String> onSaved) {
        super(ctx);
        this.cases = cases;
        this.row = row;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        boolean current = !history.isEmpty() && history.get(history.size() - 1).to() == row.status();
        this.targets = List.copyOf(new java.util.TreeSet<>(current ? AidCaseStatus.allowedAfter(history)
                : row.status().next()));
        date.set(cases.today());
        target.addListener((o, a, to) -> {
            errors.clear();
            if (to != null) {
                // what the case still lacks for this step shows under the choice at once, not only on Save
                background(p -> {
                    cases.checkPrerequisites(session(), row.id(), to);
                    return to;
                }, checked -> { }, e -> refused(errors, e));
            }
        });
        if (targets.size() == 1) {
            target.set(targets.get(0));
        }
    }

    /** The statuses the case may move to. */
    public List<AidCaseStatus> targets() {
        return targets;
    }

    /** Whether the chosen move needs a reason. */
    public BooleanBinding reasonNeeded() {
        return Bindings.createBooleanBinding(() -> target.get() != null && row.status().needsReason(target.get()), target);
    }

    public String from() {
        return messages().label(row.status());
    }

    public void save(Runnable done) {
        errors.clear();
        AidCaseStatus to = target.get();
        LocalDate on = date.get();
        String why = reason.get();
        saveForm(errors, p -> cases.move(session(), row.id(), to, on, why).code(), onSaved, done);
    }

    public FieldErrors errors() {
        return errors;
    }

    public ObjectProperty<AidCaseStatus> targetProperty() {
        return target;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
