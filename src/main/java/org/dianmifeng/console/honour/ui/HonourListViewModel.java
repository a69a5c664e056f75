package org.dianmifeng.console.honour.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.honour.HonourFilter;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.honour.HonourRow;
import org.dianmifeng.console.honour.HonourService;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitService;
import org.dianmifeng.console.unit.ui.UnitChoices;
import org.dianmifeng.console.volunteer.TeamRow;
import org.dianmifeng.console.volunteer.TeamService;

/**
 * The honours list (荣誉): every honour loaded once and filtered, with the service's own rule
 * ({@link HonourFilter#matches}), by year, level, unit (with the units below it, by the recipient's unit), recipient
 * and free text as you type; add, edit and delete for roles with {@link Permission#HONOUR_EDIT}; the scanned
 * certificate attached, removed or saved as a copy; Excel export of exactly what the list shows.
 */
public final class HonourListViewModel extends ViewModel implements Exportable {
    /** Bundle keys of the columns, in the order of {@link #cells(HonourRow)}. */
    static final List<String> COLUMN_KEYS = List.of("field.honour.title", "field.honour.level", "field.honour.category",
            "field.honour.awardedBy", "field.honour.year", "field.honour.awardedOn", "field.honour.recipient",
            "field.honour.recipientKind", "honour.col.unit", "field.honour.certificateNo", "honour.col.certificate");

    private final HonourService honours;
    private final UnitService units;
    private final TeamService teams;
    private final PersonService people;
    private final ObservableList<HonourRow> all = FXCollections.observableArrayList();
    private final FilteredList<HonourRow> filtered = new FilteredList<>(all);
    private final SortedList<HonourRow> shown = new SortedList<>(filtered);
    private final ObservableList<Integer> yearChoices = FXCollections.observableArrayList();
    private final UnitChoices unitChoices = new UnitChoices();
    private final ObjectProperty<Integer> yearFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<HonourLevel> levelFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Unit> unitFilter = new SimpleObjectProperty<>();
    private final StringProperty recipientFilter = new SimpleStringProperty("");
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final ObjectProperty<HonourRow> selected = new SimpleObjectProperty<>();
    private final ExportCommand export = new ExportCommand(this, "export.done");
    private List<TeamRow> teamChoices = List.of();

    public HonourListViewModel(UiContext ctx, HonourService honours, UnitService units, TeamService teams,
                               PersonService people) {
        super(ctx);
        this.honours = honours;
        this.units = units;
        this.teams = teams;
        this.people = people;
        yearFilter.addListener((o, a, b) -> refilter());
        levelFilter.addListener((o, a, b) -> refilter());
        unitFilter.addListener((o, a, b) -> refilter());
        recipientFilter.addListener((o, a, b) -> refilter());
        textFilter.addListener((o, a, b) -> refilter());
    }

    public boolean canEdit() {
        return session().can(Permission.HONOUR_EDIT);
    }

    private record Loaded(List<HonourRow> rows, List<Unit> units, List<TeamRow> teams) {
    }

    /** Reads the honours, units and (for editors) teams again, keeping the selection and the filters. */
    public void load() {
        boolean edit = canEdit();
        background(p -> new Loaded(honours.list(session(), HonourFilter.ALL), units.all(session()),
                edit ? teams.list(session()) : List.of()), loaded -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            Integer keepYear = yearFilter.get();
            teamChoices = loaded.teams();
            unitChoices.refill(loaded.units(), unitFilter);
            Set<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
            years.add(honours.today().getYear());
            loaded.rows().forEach(r -> years.add(r.honour().year()));
            yearChoices.setAll(years);
            all.setAll(loaded.rows());
            yearFilter.set(keepYear);
            refilter();
            selected.set(keep == null ? null : all.stream().filter(r -> r.id() == keep).findFirst().orElse(null));
        });
    }

    /** The filter the list applies now. */
    public HonourFilter filter() {
        return new HonourFilter(yearFilter.get(), levelFilter.get(),
                unitFilter.get() == null ? null : unitFilter.get().id(), recipientFilter.get(), textFilter.get());
    }

    private void refilter() {
        HonourFilter f = filter();
        Set<Long> unitIds = unitChoices.subtree(f.unitId());
        filtered.setPredicate(r -> f.matches(r, unitIds));
    }

    /** A unit of the unit filter, indented by its depth in the tree. */
    public String unitLabel(Unit u) {
        return unitChoices.indented(u);
    }

    public List<String> columnHeaders() {
        return COLUMN_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    public List<Object> cells(HonourRow r) {
        var h = r.honour();
        return Arrays.asList(h.title(), messages().label(h.level()), h.category(), h.awardedBy(), h.year(),
                h.awardedOn(), r.recipientName(), messages().label(h.recipientKind()), r.recipientUnitName(),
                h.certificateNo(), r.certificateAttached() ? messages().text("honour.certificate.attached") : null);
    }

    // ---------------------------------------------------------------- commands

    public HonourFormViewModel newForm() {
        return new HonourFormViewModel(ctx, honours, people, unitChoices.all(), teamChoices, null, this::afterSaved);
    }

    public HonourFormViewModel editForm() {
        return new HonourFormViewModel(ctx, honours, people, unitChoices.all(), teamChoices, selected.get(), this::afterSaved);
    }

    /** Deletes the selected honour (the view asks first). */
    public void delete() {
        HonourRow row = selected.get();
        background(p -> {
            honours.delete(session(), row.honour());
            return row.honour().title();
        }, title -> {
            selected.set(null);
            setNotice(messages().text("honour.deleted", title));
            load();
        });
    }

    /** Attaches (or replaces) the selected honour's scanned certificate from {@code file}. */
    public void attachCertificate(Path file) {
        HonourRow row = selected.get();
        background(p -> {
            honours.attachCertificate(session(), row.id(), file.getFileName().toString(), Files.readAllBytes(file));
            return row.honour().title();
        }, title -> {
            setNotice(messages().text("honour.certificate.attachedTo", title));
            load();
        });
    }

    /** Removes the selected honour's scanned certificate (the view asks first). */
    public void removeCertificate() {
        HonourRow row = selected.get();
        background(p -> {
            honours.removeCertificate(session(), row.id());
            return row.honour().title();
        }, title -> {
            setNotice(messages().text("honour.certificate.removed", title));
            load();
        });
    }

    /** Saves a copy of the selected honour's scanned certificate to {@code out}. */
    public void saveCertificate(Path out) {
        HonourRow row = selected.get();
        background(p -> {
            Files.write(out, honours.certificate(session(), row.id()));
            return out;
        }, saved -> setNotice(messages().text("honour.certificate.saved", saved.toAbsolutePath().toString())));
    }

    private void afterSaved(String title) {
        setNotice(messages().text("notice.saved", title));
        load();
    }

    /** The export of what the list shows, in its order. */
    public Job export(Path out) {
        return export.run(out, messages().text("honour.export.title"), ExportCommand.columns(columnHeaders(),
                this::cells), shown);
    }

    @Override
    public ExportCommand exports() {
        return export;
    }

    // ---------------------------------------------------------------- properties

    public SortedList<HonourRow> rows() {
        return shown;
    }

    public ObjectProperty<HonourRow> selectedProperty() {
        return selected;
    }

    public ObservableList<Integer> yearChoices() {
        return yearChoices;
    }

    public ObservableList<Unit> unitChoices() {
        return unitChoices.choices();
    }

    public ObjectProperty<Integer> yearFilterProperty() {
        return yearFilter;
    }

    public ObjectProperty<HonourLevel> levelFilterProperty() {
        return levelFilter;
    }

    public ObjectProperty<Unit> unitFilterProperty() {
        return unitFilter;
    }

    public StringProperty recipientFilterProperty() {
        return recipientFilter;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    /** Whether the selected honour has a scanned certificate. */
    public boolean selectedHasCertificate() {
        return selected.get() != null && selected.get().certificateAttached();
    }
}
