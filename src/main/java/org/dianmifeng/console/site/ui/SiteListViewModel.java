package org.dianmifeng.console.site.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.report.OneDecimal;
import org.dianmifeng.console.site.Amenity;
import org.dianmifeng.console.site.SiteFilter;
import org.dianmifeng.console.site.SiteKind;
import org.dianmifeng.console.site.SiteRow;
import org.dianmifeng.console.site.SiteService;
import org.dianmifeng.console.site.SiteStatus;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.ui.UnitChoices;
import org.dianmifeng.console.unit.UnitService;

/**
 * The practice network (阵地网络): the base and its stations with the figures of a year (activities held there,
 * distinct volunteers serving, approved hours), filtered with the service's own rule ({@link SiteFilter#matches}) by
 * unit (with the units below it), kind, status and text as you type; add, edit and close for roles with
 * {@link Permission#SITE_EDIT}; Excel export of exactly what the list shows.
 */
public final class SiteListViewModel extends ViewModel implements Exportable {
    /** Bundle keys of the columns, in the order of {@link #cells(SiteRow)}. */
    static final List<String> COLUMN_KEYS = List.of("field.site.code", "field.site.name", "field.site.kind",
            "field.site.unit", "field.site.status", "site.col.activities", "site.col.volunteers", "site.col.hours",
            "field.site.manager", "field.site.openingHours", "field.site.amenities", "field.site.address",
            "field.site.establishedOn");
    /** The first year the period chooser offers: the base was set up in 2019. */
    static final int FIRST_YEAR = 2019;

    private final SiteService sites;
    private final UnitService units;
    private final PersonService people;
    private final ObservableList<SiteRow> all = FXCollections.observableArrayList();
    private final FilteredList<SiteRow> filtered = new FilteredList<>(all);
    private final SortedList<SiteRow> shown = new SortedList<>(filtered);
    private final ObservableList<Integer> yearChoices = FXCollections.observableArrayList();
    private final UnitChoices unitChoices = new UnitChoices();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Unit> unitFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<SiteKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<SiteStatus> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final ObjectProperty<SiteRow> selected = new SimpleObjectProperty<>();
    private final ExportCommand export = new ExportCommand(this, "export.done");

    public SiteListViewModel(UiContext ctx, SiteService sites, UnitService units, PersonService people) {
        super(ctx);
        this.sites = sites;
        this.units = units;
        this.people = people;
        int thisYear = sites.today().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = thisYear; y >= FIRST_YEAR; y--) {
            years.add(y);
        }
        yearChoices.setAll(years);
        year.set(thisYear);
        year.addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                load();
            }
        });
        unitFilter.addListener((o, a, b) -> refilter());
        kindFilter.addListener((o, a, b) -> refilter());
        statusFilter.addListener((o, a, b) -> refilter());
        textFilter.addListener((o, a, b) -> refilter());
    }

    public boolean canEdit() {
        return session().can(Permission.SITE_EDIT);
    }

    private record Loaded(List<SiteRow> rows, List<Unit> units) {
    }

    /** The first day of the chosen year. */
    LocalDate from() {
        return LocalDate.of(year.get(), 1, 1);
    }

    /** The last day of the chosen year. */
    LocalDate to() {
        return LocalDate.of(year.get(), 12, 31);
    }

    /** Reads the sites with the figures of the chosen year, and the units, keeping selection and filters. */
    public void load() {
        LocalDate from = from();
        LocalDate to = to();
        background(p -> new Loaded(sites.list(session(), SiteFilter.ALL, from, to), units.all(session())), loaded -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            unitChoices.refill(loaded.units(), unitFilter);
            all.setAll(loaded.rows());
            refilter();
            selected.set(keep == null ? null : all.stream().filter(r -> r.id() == keep).findFirst().orElse(null));
        });
    }

    /** The filter the list applies now. */
    public SiteFilter filter() {
        return new SiteFilter(unitFilter.get() == null ? null : unitFilter.get().id(), kindFilter.get(),
                statusFilter.get(), textFilter.get());
    }

    private void refilter() {
        SiteFilter f = filter();
        Set<Long> unitIds = unitChoices.subtree(f.unitId());
        filtered.setPredicate(r -> f.matches(r, unitIds));
    }

    /** A unit of the unit filter, indented by its depth in the tree. */
    public String unitLabel(Unit u) {
        return unitChoices.indented(u);
    }

    public List<String> columnHeaders() {
        return COLUMN_KEYS.stream().map(k -> k.startsWith("site.col.")
                ? messages().text(k, String.valueOf(year.get())) : messages().text(k)).toList();
    }

    public List<Object> cells(SiteRow r) {
        var s = r.site();
        return Arrays.asList(s.code(), s.name(), messages().label(s.kind()), r.unitName(), messages().label(s.status()),
                r.activities(), r.volunteers(), OneDecimal.of(r.hours()), r.managerName(), s.openingHours(), amenities(s.amenities()),
                s.address(), s.establishedOn());
    }

    /** The amenities in the user's language, in the enum's order: 饮水、休息、充电. */
    public String amenities(Set<Amenity> amenities) {
        return messages().list(Amenity.ordered(amenities).stream().map(a -> messages().label(a)).toList());
    }

    // ---------------------------------------------------------------- commands

    public SiteFormViewModel newForm() {
        return new SiteFormViewModel(ctx, sites, people, unitChoices.all(), null, this::afterSaved);
    }

    public SiteFormViewModel editForm() {
        return new SiteFormViewModel(ctx, sites, people, unitChoices.all(), selected.get(), this::afterSaved);
    }

    /** Closes the selected site (the view asks first). */
    public void closeSelected() {
        SiteRow row = selected.get();
        act(p -> sites.close(session(), row.site()), closed -> messages().text("site.closed", closed.name()),
                this::load);
    }

    private void afterSaved(String name) {
        setNotice(messages().text("notice.saved", name));
        load();
    }

    /** The export of what the list shows, in its order. */
    public Job export(Path out) {
        return export.run(out, messages().text("site.export.title", String.valueOf(year.get())),
                ExportCommand.columns(columnHeaders(), this::cells), shown);
    }

    @Override
    public ExportCommand exports() {
        return export;
    }

    // ---------------------------------------------------------------- properties

    public SortedList<SiteRow> rows() {
        return shown;
    }

    public ObjectProperty<SiteRow> selectedProperty() {
        return selected;
    }

    public ObservableList<Integer> yearChoices() {
        return yearChoices;
    }

    public ObservableList<Unit> unitChoices() {
        return unitChoices.choices();
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Unit> unitFilterProperty() {
        return unitFilter;
    }

    public ObjectProperty<SiteKind> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<SiteStatus> statusFilterProperty() {
        return statusFilter;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    /** Whether the selected site may be closed: one is selected and it is not closed already. */
    public boolean selectedClosable() {
        return selected.get() != null && selected.get().site().status() != SiteStatus.CLOSED;
    }
}
