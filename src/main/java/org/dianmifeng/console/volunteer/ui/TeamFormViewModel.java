package org.dianmifeng.console.volunteer.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;
import org.dianmifeng.console.volunteer.TeamRow;
import org.dianmifeng.console.volunteer.TeamService;

/**
 * The form of a new team or of one being edited. If someone else saved the team meanwhile, the form
 * keeps what was typed and says so; saving again then writes this version over theirs.
 */
public final class TeamFormViewModel extends ViewModel {
    private final TeamService service;
    private final List<Unit> units;
    private final Team original;
    private final Consumer<Team> onSaved;
    private final FieldErrors errors;
    private final PersonPicker leader;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<TeamKind> kind = new SimpleObjectProperty<>(TeamKind.PARTY_MEMBER);
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> foundedOn = new SimpleObjectProperty<>();
    private final StringProperty brand = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private volatile Integer version;

    /** {@code existing} is null for a new team; of {@code units}, the active ones and the team's own are offered. */
    TeamFormViewModel(UiContext ctx, TeamService service, PersonService people, List<Unit> units, TeamRow existing,
                      Consumer<Team> onSaved) {
        super(ctx);
        this.service = service;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        this.original = existing == null ? null : existing.team();
        this.units = units.stream()
                .filter(u -> u.active() || (original != null && u.id().equals(original.unitId())))
                .toList();
        this.leader = new PersonPicker(ctx, people, existing == null ? null : existing.leader());
        if (original != null) {
            version = original.version();
            name.set(original.name());
            kind.set(original.kind());
            unit.set(this.units.stream().filter(u -> u.id().equals(original.unitId())).findFirst().orElse(null));
            foundedOn.set(original.foundedOn());
            brand.set(original.brand() == null ? "" : original.brand());
            notes.set(original.notes() == null ? "" : original.notes());
        }
    }

    public boolean isNew() {
        return original == null;
    }

    /** Validates and saves in the background; {@code done} runs only when the team was saved. */
    public void save(Runnable done) {
        errors.clear();
        PersonRef chosenLeader = leader.chosenProperty().get();
        Team draft = new Team(original == null ? null : original.id(), name.get(), kind.get(),
                unit.get() == null ? null : unit.get().id(), chosenLeader == null ? null : chosenLeader.id(),
                foundedOn.get(), brand.get(), notes.get(), original == null || original.active(), version);
        saveForm(errors, p -> createOrUpdate(draft.id() == null,
                () -> service.create(session(), draft),
                () -> service.update(session(), draft),
                () -> version = service.get(session(), draft.id()).team().version()),
                onSaved, done);
    }

    public List<Unit> units() {
        return units;
    }

    public FieldErrors errors() {
        return errors;
    }

    public PersonPicker leader() {
        return leader;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<TeamKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ObjectProperty<LocalDate> foundedOnProperty() {
        return foundedOn;
    }

    public StringProperty brandProperty() {
        return brand;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}
