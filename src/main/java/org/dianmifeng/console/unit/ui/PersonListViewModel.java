package org.dianmifeng.console.unit.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.dianmifeng.console.core.Masking;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.report.ListExport;
import org.dianmifeng.console.ui.Choice;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PersonRow;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitOrder;
import org.dianmifeng.console.unit.UnitService;

/**
 * The people list: every person loaded once, filtered as you type and by unit and political status,
 * sorted by the table; add, edit and delete for roles that may edit; Excel export of exactly what
 * the list shows.
 */
public final class PersonListViewModel extends ViewModel implements Exportable {
    private final PersonService people;
    private final UnitService units;
    /** People shown before the list is read whole: as many as fill a tall window twice. */
    static final int FIRST_LINES = 100;
    private final ObservableList<PersonRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PersonRow> filtered = new FilteredList<>(rows);
    /** Whether every person is read (false while only the first lines are shown). */
    private final javafx.beans.property.BooleanProperty complete = new javafx.beans.property.SimpleBooleanProperty();
    private final SortedList<PersonRow> sorted = new SortedList<>(filtered);
    private final Map<Long, String> searchText = new HashMap<>();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<Choice<Unit>> unitChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Unit>> unitFilter = new SimpleObjectProperty<>();
    private final ObservableList<Choice<PoliticalStatus>> statusChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<PoliticalStatus>> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonRow> selected = new SimpleObjectProperty<>();
    private final ExportCommand export = new ExportCommand(this, "person.export.done");
    private final StringBinding countText;
    private final List<ListColumn> columns;
    private List<Unit> allUnits = List.of();

    /** One column of the list and of its export: header key, value of a row, shown or hidden. */
    public static final class ListColumn {
        private final String key;
        private final String header;
        private final Function<PersonRow, Object> value;
        private final BooleanProperty visible = new SimpleBooleanProperty(true);

        ListColumn(String key, String header, Function<PersonRow, Object> value) {
            this.key = key;
            this.header = header;
            this.value = value;
        }

        /** The field name, e.g. {@code person.name}; views use it as the column's id. */
        public String key() {
            return key;
        }

        public String header() {
            return header;
        }

        public Object value(PersonRow row) {
            return value.apply(row);
        }

        public BooleanProperty visibleProperty() {
            return visible;
        }
    }

    public PersonListViewModel(UiContext ctx, PersonService people, UnitService units) {
        super(ctx);
        this.people = people;
        this.units = units;
        this.columns = List.of(
                column("person.name", PersonRow::name),
                column("person.gender", r -> messages().label(r.gender())),
                Masking.inClear(session().role()) ? column("person.birthDate", PersonRow::birthDate)
                        : new ListColumn("person.birthDate", messages().text("field.person.birthYear"),
                        PersonRow::birthDate),
                column("person.idNumber", PersonRow::idNumber),
                column("person.mobile", PersonRow::mobile),
                column("person.unit", PersonRow::unitName),
                column("person.employeeNo", PersonRow::employeeNo),
                column("person.politicalStatus", r -> messages().label(r.politicalStatus())),
                column("person.volunteerNo", PersonRow::volunteerNo),
                column("person.skills", PersonRow::skills));
        Choice<Unit> allUnitsChoice = new Choice<>(null, messages().text("person.allUnits"));
        unitChoices.setAll(List.of(allUnitsChoice));
        unitFilter.set(allUnitsChoice);
        statusChoices.add(new Choice<>(null, messages().text("person.allStatuses")));
        for (PoliticalStatus s : PoliticalStatus.values()) {
            statusChoices.add(new Choice<>(s, messages().label(s)));
        }
        statusFilter.set(statusChoices.get(0));
        countText = Bindings.createStringBinding(() -> complete.get()
                        ? messages().text("person.count", filtered.size(), rows.size())
                        : messages().text("person.count.reading", filtered.size()),
                filtered, rows, complete);
        filter.addListener((o, a, b) -> refilter());
        unitFilter.addListener((o, a, b) -> refilter());
        statusFilter.addListener((o, a, b) -> refilter());
    }

    private ListColumn column(String key, Function<PersonRow, Object> value) {
        return new ListColumn(key, messages().text("field." + key), value);
    }

    public boolean canEdit() {
        return session().can(Permission.PERSON_EDIT);
    }

    /**
     * Loads the units for the unit filter and every person (one query). The first {@value #FIRST_LINES} people show
     * at once, read by the index on the name; the others follow (seconds on 100,000 people), the count saying so.
     */
    public void load() {
        background(p -> new Loaded(people.firstLines(session(), FIRST_LINES), units.all(session())), first -> {
            showUnits(first.units());
            if (rows.isEmpty()) {
                showRows(first.rows());
            }
            background(p -> people.list(session()), all -> {
                showRows(all);
                complete.set(true);
            });
        });
    }

    /**
     * Reads every person again (on a server other consoles change them: the window calls it when the screen is shown
     * again or the window regains focus), keeping the filters and the selected person, shown as now stored.
     */
    public void refresh() {
        background(p -> people.list(session()), all -> {
            PersonRow was = selected.get();
            showRows(all);
            complete.set(true);
            if (was != null) {
                all.stream().filter(r -> r.id() == was.id()).findFirst().ifPresent(selected::set);
            }
        });
    }

    private void showUnits(List<Unit> loaded) {
        allUnits = loaded;
        Long keepUnit = unitFilter.get() == null || unitFilter.get().value() == null ? null
                : unitFilter.get().value().id();
        List<Choice<Unit>> choices = new ArrayList<>();
        choices.add(unitChoices.get(0));
        Choice<Unit> keep = unitChoices.get(0);
        for (UnitOrder.Entry e : UnitOrder.depthFirst(allUnits)) {
            Choice<Unit> c = new Choice<>(e.unit(), e.indentedName());
            choices.add(c);
            if (e.unit().id().equals(keepUnit)) {
                keep = c;
            }
        }
        unitChoices.setAll(choices);
        unitFilter.set(keep);
    }

    private void showRows(List<PersonRow> loaded) {
        searchText.clear();
        loaded.forEach(r -> searchText.put(r.id(), searchKey(r)));
        rows.setAll(loaded);
        refilter();
    }

    private record Loaded(List<PersonRow> rows, List<Unit> units) {
    }

    /** Lower-case text of the fields that filtering looks at: ID number and phone as the role sees them. */
    private static String searchKey(PersonRow r) {
        StringBuilder sb = new StringBuilder(96);
        Stream.of(r.name(), r.idNumber(), r.mobile(), r.unitName(), r.employeeNo(), r.volunteerNo(), r.skills())
                .forEach(s -> sb.append(s == null ? "" : s).append('\u0001'));
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private void refilter() {
        String text = Texts.clean(filter.get());
        String[] words = text == null ? new String[0] : text.toLowerCase(Locale.ROOT).split("\\s+");
        Unit unit = unitFilter.get() == null ? null : unitFilter.get().value();
        Set<Long> unitIds = unit == null ? null : Unit.selfAndDescendants(unit.id(), allUnits);
        PoliticalStatus status = statusFilter.get() == null ? null : statusFilter.get().value();
        if (words.length == 0 && unitIds == null && status == null) {
            filtered.setPredicate(null);
            return;
        }
        filtered.setPredicate(r -> {
            if (unitIds != null && !unitIds.contains(r.unitId())) {
                return false;
            }
            if (status != null && r.politicalStatus() != status) {
                return false;
            }
            if (words.length > 0) {
                String key = searchText.computeIfAbsent(r.id(), id -> searchKey(r));
                for (String w : words) {
                    if (!key.contains(w)) {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    /** The form of a new person; the list shows the person once saved. */
    public PersonFormViewModel newForm() {
        return new PersonFormViewModel(ctx, people, units, null, this::afterSave);
    }

    /** The form of an existing person. */
    public PersonFormViewModel editForm(PersonRow row) {
        return new PersonFormViewModel(ctx, people, units, row.id(), this::afterSave);
    }

    private void afterSave(Person saved) {
        setNotice(messages().text("notice.saved", saved.name()));
        background(p -> people.row(session(), saved.id()), this::upsert);
    }

    private void upsert(PersonRow row) {
        searchText.put(row.id(), searchKey(row));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == row.id()) {
                rows.set(i, row);
                selected.set(row);
                return;
            }
        }
        rows.add(row);
        selected.set(row);
    }

    /** Deletes the selected person. */
    public void delete() {
        PersonRow row = selected.get();
        if (row == null) {
            return;
        }
        background(p -> people.delete(session(), row.id(), row.version()), deleted -> {
            rows.removeIf(r -> r.id() == row.id());
            searchText.remove(row.id());
            selected.set(null);
            setNotice(messages().text("notice.deleted", deleted.name()));
        });
    }

    /** The columns a person has chosen to see, in order: what the table and the export show. */
    public List<ListColumn> visibleColumns() {
        return columns.stream().filter(c -> c.visibleProperty().get()).toList();
    }

    /**
     * Writes exactly the rows the list shows (filtered and in the table's order) with the visible
     * columns to an .xlsx file, in the background; the job reports progress and can be cancelled.
     */
    public Job export(Path out) {
        List<ListExport.Column<PersonRow>> cols = visibleColumns().stream()
                .map(c -> new ListExport.Column<PersonRow>(c.header(), c::value))
                .toList();
        return export.run(out, messages().text("person.export.title"), cols, sorted);
    }

    @Override
    public ExportCommand exports() {
        return export;
    }

    public List<ListColumn> columns() {
        return columns;
    }

    /** What the table shows; its comparator is bound to the table's sort order. */
    public SortedList<PersonRow> sortedRows() {
        return sorted;
    }

    public ObservableList<PersonRow> allRows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableList<Choice<Unit>> unitChoices() {
        return unitChoices;
    }

    public ObjectProperty<Choice<Unit>> unitFilterProperty() {
        return unitFilter;
    }

    public ObservableList<Choice<PoliticalStatus>> statusChoices() {
        return statusChoices;
    }

    public ObjectProperty<Choice<PoliticalStatus>> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<PersonRow> selectedProperty() {
        return selected;
    }

    /** "显示 X / 共 Y 人". */
    public StringBinding countText() {
        return countText;
    }
}
