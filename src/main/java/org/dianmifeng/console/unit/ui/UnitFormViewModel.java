package org.dianmifeng.console.unit.ui;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitKind;
import org.dianmifeng.console.unit.UnitService;

/** The form of a new unit under a given parent. */
public final class UnitFormViewModel extends ViewModel {
    private final UnitService service;
    private final Unit parent;
    private final Consumer<Unit> onSaved;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<UnitKind> kind = new SimpleObjectProperty<>();
    private final FieldErrors errors;

    UnitFormViewModel(UiContext ctx, UnitService service, Unit parent, Consumer<Unit> onSaved) {
        super(ctx);
        this.service = service;
        this.parent = parent;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        kind.set(parent == null ? UnitKind.CITY : switch (parent.kind()) {
            case CITY -> UnitKind.COUNTY;
            case COUNTY, CENTRE, STATION, DEPARTMENT -> UnitKind.STATION;
        });
    }

    public Unit parent() {
        return parent;
    }

    /** Validates and saves in the background; {@code done} runs only when the unit was saved. */
    public void save(Runnable done) {
        errors.clear();
        Unit draft = new Unit(null, code.get(), name.get(), kind.get(), parent == null ? null : parent.id(),
                true, 0, null);
        saveForm(errors, p -> service.create(session(), draft), onSaved, done);
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<UnitKind> kindProperty() {
        return kind;
    }
}
