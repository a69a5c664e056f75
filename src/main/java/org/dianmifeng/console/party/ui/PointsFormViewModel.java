package org.dianmifeng.console.party.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.party.CommunityNode;
import org.dianmifeng.console.party.CommunityWorkService;
import org.dianmifeng.console.party.PointEntry;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.FormNumbers;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/** A bonus (positive) or deduction (negative) for the selected member, with a reason. */
public final class PointsFormViewModel extends ViewModel {
    private final CommunityWorkService service;
    private final CommunityNode.MemberNode member;
    private final Consumer<PointEntry> onSaved;
    private final FieldErrors errors;
    private final ObjectProperty<LocalDate> enteredOn = new SimpleObjectProperty<>();
    private final StringProperty points = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");

    PointsFormViewModel(UiContext ctx, CommunityWorkService service, CommunityNode.MemberNode member,
                        Consumer<PointEntry> onSaved) {
        super(ctx);
        this.service = service;
        this.member = member;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        enteredOn.set(service.today());
    }

    public CommunityNode.MemberNode member() {
        return member;
    }

    public void save(Runnable done) {
        errors.clear();
        Checks typed = new Checks();
        BigDecimal value = FormNumbers.decimal(points.get(), typed, "points.points", "error.work.pointsNumber");
        PointEntry draft = new PointEntry(null, member.member().id(), enteredOn.get(), value, reason.get(), null, null);
        saveForm(errors, p -> {
            typed.throwIfAny();
            return service.addPoints(session(), draft);
        }, onSaved, done);
    }

    public FieldErrors errors() {
        return errors;
    }

    public ObjectProperty<LocalDate> enteredOnProperty() {
        return enteredOn;
    }

    public StringProperty pointsProperty() {
        return points;
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
