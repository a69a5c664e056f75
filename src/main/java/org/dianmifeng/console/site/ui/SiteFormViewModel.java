package org.dianmifeng.console.site.ui;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.site.Amenity;
import org.dianmifeng.console.site.Site;
import org.dianmifeng.console.site.SiteKind;
import org.dianmifeng.console.site.SiteRow;
import org.dianmifeng.console.site.SiteService;
import org.dianmifeng.console.site.SiteStatus;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitOrder;
import org.dianmifeng.console.volunteer.ui.PersonPicker;

/**
 * The form of a new site or one being edited: the amenities as one check box each, the manager found by
 * {@link PersonPicker}. The service checks everything again.
 */
public final class SiteFormViewModel extends ViewModel {
    private final SiteService sites;
    private final Consumer<String> onSaved;
    private final FieldErrors errors;
    private final Site original;
    private final List<UnitOrder.Entry> units;
    private final PersonPicker manager;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<SiteKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<UnitOrder.Entry> unit = new SimpleObjectProperty<>();
    private final StringProperty address = new SimpleStringProperty("");
    private final Map<Amenity, BooleanProperty> amenities = new EnumMap<>(Amenity.class);
    private final StringProperty openingHours = new SimpleStringProperty("");
    private final ObjectProperty<SiteStatus> status = new SimpleObjectProperty<>(SiteStatus.OPEN);
    private final ObjectProperty<LocalDate> establishedOn = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private volatile Integer version;

    SiteFormViewModel(UiContext ctx, SiteService sites, PersonService people, List<Unit> allUnits, SiteRow existing,
                      Consumer<String> onSaved) {
        super(ctx);
        this.sites = sites;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        this.original = existing == null ? null : existing.site();
        Site o = original;
        // active units, and the unit a site being edited already has
        this.units = UnitOrder.depthFirst(allUnits).stream()
                .filter(e -> e.unit().active() || (o != null && e.unit().id().equals(o.unitId()))).toList();
        for (Amenity a : Amenity.values()) {
            amenities.put(a, new SimpleBooleanProperty(o != null && o.amenities().contains(a)));
        }
        this.manager = new PersonPicker(ctx, people, existing == null ? null : existing.manager());
        if (o != null) {
            version = o.version();
            code.set(o.code());
            name.set(o.name());
            kind.set(o.kind());
            unit.set(units.stream().filter(e -> e.unit().id().equals(o.unitId())).findFirst().orElse(null));
            address.set(o.address());
            openingHours.set(o.openingHours() == null ? "" : o.openingHours());
            status.set(o.status());
            establishedOn.set(o.establishedOn());
            notes.set(o.notes() == null ? "" : o.notes());
        }
    }

    /** The amenities ticked now. */
    Set<Amenity> chosenAmenities() {
        Set<Amenity> out = EnumSet.noneOf(Amenity.class);
        amenities.forEach((a, on) -> {
            if (on.get()) {
                out.add(a);
            }
        });
        return out;
    }

    public void save(Runnable done) {
        errors.clear();
        PersonRef m = manager.chosenProperty().get();
        Site draft = new Site(original == null ? null : original.id(), code.get(), name.get(), kind.get(),
                unit.get() == null ? null : unit.get().unit().id(), address.get(), chosenAmenities(),
                openingHours.get(), m == null ? null : m.id(), status.get(), establishedOn.get(), notes.get(), version);
        saveForm(errors, p -> createOrUpdate(draft.id() == null,
                () -> sites.create(session(), draft),
                () -> sites.update(session(), draft),
                () -> version = sites.get(session(), draft.id(), sites.today(), sites.today()).site().version()),
                saved -> onSaved.accept(saved.name()), done);
    }

    public boolean editing() {
        return original != null;
    }

    public FieldErrors errors() {
        return errors;
    }

    public List<UnitOrder.Entry> units() {
        return units;
    }

    public PersonPicker manager() {
        return manager;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<SiteKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<UnitOrder.Entry> unitProperty() {
        return unit;
    }

    public StringProperty addressProperty() {
        return address;
    }

    /** The check box of an amenity. */
    public BooleanProperty amenityProperty(Amenity a) {
        return amenities.get(a);
    }

    public StringProperty openingHoursProperty() {
        return openingHours;
    }

    public ObjectProperty<SiteStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> establishedOnProperty() {
        return establishedOn;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}
