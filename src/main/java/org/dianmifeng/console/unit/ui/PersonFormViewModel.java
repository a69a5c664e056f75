package org.dianmifeng.console.unit.ui;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Masking;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Problem;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitOrder;
import org.dianmifeng.console.unit.UnitService;

/**
 * The form of one person, new or existing. Typing a valid ID number fills birth date and gender
 * when they are empty. If someone else saved the person meanwhile, the form keeps what was typed,
 * says so, and a second Save overwrites their version. To a role that may not see ID numbers, birth dates and
 * phones in clear ({@link Masking}) the form is read-only and shows them masked: no birth date, its year in
 * {@link #birthYearProperty()}.
 */
public final class PersonFormViewModel extends ViewModel {
    private final PersonService people;
    private final UnitService units;
    private final Long personId;
    private final Consumer<Person> onSaved;
    private final FieldErrors errors;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    private final StringProperty birthYear = new SimpleStringProperty("");
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final StringProperty mobile = new SimpleStringProperty("");
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    private final StringProperty employeeNo = new SimpleStringProperty("");
    private final ObjectProperty<PoliticalStatus> politicalStatus = new SimpleObjectProperty<>();
    private final StringProperty volunteerNo = new SimpleStringProperty("");
    private final StringProperty skills = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<Unit> unitChoices = FXCollections.observableArrayList();
    private final java.util.Map<Long, String> choiceTexts = new java.util.HashMap<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    /** The version the next save claims to overwrite: the one read, or after a conflict the current one. */
    private Integer version;
    private volatile Integer currentVersion;
    /** The last valid ID number the form held: what it told of birth date and gender follows a correction. */
    private String lastValidId;

    PersonFormViewModel(UiContext ctx, PersonService people, UnitService units, Long personId,
                        Consumer<Person> onSaved) {
        super(ctx);
        this.people = people;
        this.units = units;
        this.personId = personId;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        idNumber.addListener((o, a, b) -> fillFromIdNumber(b));
    }

    /** Loads the units to choose from and, for an existing person, the person. */
    public void load() {
        boolean clear = Masking.inClear(session().role());
        background(p -> new Start(units.all(session()), personId == null ? null : people.get(session(), personId),
                        personId == null || clear ? null : people.row(session(), personId).birthDate()),
                start -> {
                    Person person = start.person();
                    List<Unit> choices = new ArrayList<>();
                    for (UnitOrder.Entry e : UnitOrder.depthFirst(start.units())) {
                        if (e.unit().active() || (person != null && e.unit().id().equals(person.unitId()))) {
                            choices.add(e.unit());
                            choiceTexts.put(e.unit().id(), e.indentedName());
                        }
                    }
                    unitChoices.setAll(choices);
                    if (person != null) {
                        show(person, choices);
                        birthYear.set(start.shownBirth() == null ? "" : start.shownBirth().toString());
                    }
                    loaded.set(true);
                });
    }

    /** {@code shownBirth}: the birth date as a role that may not see it in clear sees it (its year), else null. */
    private record Start(List<Unit> units, Person person, Temporal shownBirth) {
    }

    private void show(Person p, List<Unit> choices) {
        version = p.version();
        name.set(text(p.name()));
        idNumber.set(text(p.idNumber()));
        gender.set(p.gender());
        birthDate.set(p.birthDate());
        mobile.set(text(p.mobile()));
        unit.set(choices.stream().filter(u -> u.id().equals(p.unitId())).findFirst().orElse(null));
        employeeNo.set(text(p.employeeNo()));
        politicalStatus.set(p.politicalStatus());
        volunteerNo.set(text(p.volunteerNo()));
        skills.set(text(p.skills()));
        notes.set(text(p.notes()));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /**
     * A valid ID number fills the birth date and gender it tells; when it is corrected, the values it (or the
     * number before it) told follow the correction, while a value the user chose otherwise is kept.
     */
    private void fillFromIdNumber(String typed) {
        String id = ResidentId.normalize(typed);
        if (id == null || ResidentId.problem(id).isPresent()) {
            return;
        }
        String before = lastValidId;
        lastValidId = id;
        LocalDate toldBefore = before == null ? null : ResidentId.birthDate(before).orElse(null);
        if (birthDate.get() == null || birthDate.get().equals(toldBefore)) {
            birthDate.set(ResidentId.birthDate(id).orElseThrow());
        }
        if (gender.get() == null || (before != null && gender.get() == ResidentId.gender(before))) {
            gender.set(ResidentId.gender(id));
        }
    }

    public boolean isNew() {
        return personId == null;
    }

    /** Whether the form only shows the person: for a role that may not edit people or not see them in clear. */
    public boolean readOnly() {
        return !session().can(Permission.PERSON_EDIT) || !Masking.inClear(session().role());
    }

    /** What the form holds now, as a person to save. */
    Person draft() {
        return new Person(personId, name.get(), gender.get(), birthDate.get(), idNumber.get(), mobile.get(),
                unit.get() == null ? null : unit.get().id(), employeeNo.get(), politicalStatus.get(),
                volunteerNo.get(), skills.get(), notes.get(), version);
    }

    /**
     * Validates and saves in the background; {@code done} runs only when the person was saved. Every problem is
     * reported at once: {@code formProblems} (the dates the form could not read) with the person's own checks, and
     * nothing is saved while any remains. After a conflict the form keeps its values and takes the current version,
     * so Save again overwrites.
     */
    public void save(List<Problem> formProblems, Runnable done) {
        errors.clear();
        Person draft = draft();
        currentVersion = null;
        background(p -> {
            people.check(session(), new Checks().addAll(formProblems), draft);
            if (draft.id() == null) {
                return people.create(session(), draft);
            }
            try {
                return people.update(session(), draft);
            } catch (StaleDataException e) {
                currentVersion = people.get(session(), draft.id()).version();
                throw e;
            }
        }, saved -> {
            version = saved.version();
            onSaved.accept(saved);
            done.run();
        }, e -> {
            if (e instanceof StaleDataException && currentVersion != null) {
                version = currentVersion;
            }
            refused(errors, e);
        });
    }

    public FieldErrors errors() {
        return errors;
    }

    public ObservableList<Unit> unitChoices() {
        return unitChoices;
    }

    /** A unit as the list of choices shows it: indented under the unit above it, as the people list's filter does. */
    public String unitChoiceText(Unit unit) {
        return choiceTexts.getOrDefault(unit.id(), unit.name());
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public ObjectProperty<LocalDate> birthDateProperty() {
        return birthDate;
    }

    /** The birth year shown instead of the date to a role that may not see birth dates (empty otherwise). */
    public StringProperty birthYearProperty() {
        return birthYear;
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    public StringProperty mobileProperty() {
        return mobile;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public StringProperty employeeNoProperty() {
        return employeeNo;
    }

    public ObjectProperty<PoliticalStatus> politicalStatusProperty() {
        return politicalStatus;
    }

    public StringProperty volunteerNoProperty() {
        return volunteerNo;
    }

    public StringProperty skillsProperty() {
        return skills;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}
