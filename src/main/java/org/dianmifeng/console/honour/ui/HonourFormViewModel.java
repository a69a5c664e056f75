package org.dianmifeng.console.honour.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.honour.Honour;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.honour.HonourRow;
import org.dianmifeng.console.honour.HonourService;
import org.dianmifeng.console.honour.RecipientKind;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitOrder;
import org.dianmifeng.console.volunteer.TeamRow;
import org.dianmifeng.console.volunteer.ui.PersonPicker;

/**
 * The form of a new honour or one being edited. The recipient kind decides which chooser counts: a unit from the
 * tree, a team, or a person found by {@link PersonPicker}. The service checks everything again.
 */
public final class HonourFormViewModel extends ViewModel {
    private final HonourService honours;
    private final Consumer<String> onSaved;
    private final FieldErrors errors;
    private final Honour original;
    private final List<UnitOrder.Entry> units;
    private final List<TeamRow> teams;
    private final List<Integer> years;
    private final PersonPicker person;
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<HonourLevel> level = new SimpleObjectProperty<>();
    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty awardedBy = new SimpleStringProperty("");
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> awardedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<RecipientKind> recipientKind = new SimpleObjectProperty<>(RecipientKind.UNIT);
    private final ObjectProperty<UnitOrder.Entry> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<TeamRow> team = new SimpleObjectProperty<>();
    private final StringProperty certificateNo = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private volatile Integer version;

    HonourFormViewModel(UiContext ctx, HonourService honours, PersonService people, List<Unit> allUnits,
                        List<TeamRow> allTeams, HonourRow existing, Consumer<String> onSaved) {
        super(ctx);
        this.honours = honours;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        this.original = existing == null ? null : existing.honour();
        Honour o = original;
        // active units and teams, and the recipient an honour being edited already has
        this.units = UnitOrder.depthFirst(allUnits).stream().filter(e -> e.unit().active()
                || (o != null && o.recipientKind() == RecipientKind.UNIT && e.unit().id().equals(o.recipientId())))
                .toList();
        this.teams = allTeams.stream().filter(t -> t.team().active()
                || (o != null && o.recipientKind() == RecipientKind.TEAM && t.id() == o.recipientId())).toList();
        int thisYear = honours.today().getYear();
        List<Integer> choices = new ArrayList<>();
        for (int y = thisYear; y >= Honour.FIRST_YEAR; y--) {
            choices.add(y);
        }
        this.years = List.copyOf(choices);
        PersonRef initialPerson = o != null && o.recipientKind() == RecipientKind.PERSON
                ? new PersonRef(o.recipientId(), existing.recipientName(), existing.recipientUnitName(), null, null)
                : null;
        this.person = new PersonPicker(ctx, people, initialPerson);
        year.set(thisYear);
        if (o != null) {
            version = o.version();
            title.set(o.title());
            level.set(o.level());
            category.set(o.category() == null ? "" : o.category());
            awardedBy.set(o.awardedBy());
            year.set(o.year());
            awardedOn.set(o.awardedOn());
            recipientKind.set(o.recipientKind());
            unit.set(o.recipientKind() != RecipientKind.UNIT ? null : units.stream()
                    .filter(e -> e.unit().id().equals(o.recipientId())).findFirst().orElse(null));
            team.set(o.recipientKind() != RecipientKind.TEAM ? null : teams.stream()
                    .filter(t -> t.id() == o.recipientId()).findFirst().orElse(null));
            certificateNo.set(o.certificateNo() == null ? "" : o.certificateNo());
            notes.set(o.notes() == null ? "" : o.notes());
        }
    }

    /** The id of the recipient chosen for the chosen kind, or null. */
    Long recipientId() {
        RecipientKind kind = recipientKind.get();
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case UNIT -> unit.get() == null ? null : unit.get().unit().id();
            case TEAM -> team.get() == null ? null : team.get().id();
            case PERSON -> person.chosenProperty().get() == null ? null : person.chosenProperty().get().id();
        };
    }

    public void save(Runnable done) {
        errors.clear();
        Honour draft = new Honour(original == null ? null : original.id(), title.get(), level.get(), category.get(),
                awardedBy.get(), year.get(), awardedOn.get(), recipientKind.get(), recipientId(), certificateNo.get(),
                notes.get(), version);
        saveForm(errors, p -> createOrUpdate(draft.id() == null,
                () -> honours.create(session(), draft),
                () -> honours.update(session(), draft),
                () -> version = honours.get(session(), draft.id()).honour().version()),
                saved -> onSaved.accept(saved.title()), done);
    }

    /** Whether this form edits an honour saved earlier. */
    public boolean editing() {
        return original != null;
    }

    public FieldErrors errors() {
        return errors;
    }

    public List<UnitOrder.Entry> units() {
        return units;
    }

    public List<TeamRow> teams() {
        return teams;
    }

    public List<Integer> years() {
        return years;
    }

    public PersonPicker person() {
        return person;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<HonourLevel> levelProperty() {
        return level;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty awardedByProperty() {
        return awardedBy;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<LocalDate> awardedOnProperty() {
        return awardedOn;
    }

    public ObjectProperty<RecipientKind> recipientKindProperty() {
        return recipientKind;
    }

    public ObjectProperty<UnitOrder.Entry> unitProperty() {
        return unit;
    }

    public ObjectProperty<TeamRow> teamProperty() {
        return team;
    }

    public StringProperty certificateNoProperty() {
        return certificateNo;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}
