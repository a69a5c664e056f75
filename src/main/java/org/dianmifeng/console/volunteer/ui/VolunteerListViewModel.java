package org.dianmifeng.console.volunteer.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.report.OneDecimal;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.ui.UnitChoices;
import org.dianmifeng.console.unit.UnitService;
import org.dianmifeng.console.volunteer.TeamRow;
import org.dianmifeng.console.volunteer.TeamService;
import org.dianmifeng.console.volunteer.VolunteerDetail;
import org.dianmifeng.console.volunteer.VolunteerFilter;
import org.dianmifeng.console.volunteer.VolunteerRow;
import org.dianmifeng.console.volunteer.VolunteerService;
import org.dianmifeng.console.volunteer.VolunteerStatus;
import org.dianmifeng.console.volunteer.VolunteerYear;

/**
 * The volunteers screen (志愿者): the registered volunteers with their teams, status and approved hours (in total and
 * this year), filtered with the service's own rule ({@link VolunteerFilter#matches}) by unit (with the units below it),
 * team, status and text as you type; the selected volunteer's teams and hours by year; register a person and change a
 * status with a reason for roles with {@link Permission#VOLUNTEER_EDIT}; Excel export of what the list shows.
 */
public final class VolunteerListViewModel extends ViewModel implements Exportable {
    /** Bundle keys of the columns, in the order of {@link #cells(VolunteerRow)}. */
    static final List<String> COLUMN_KEYS = List.of("field.volunteer.name", "field.volunteer.volunteerNo",
            "field.volunteer.unit", "volunteer.col.teams", "field.volunteer.skills", "field.volunteer.status",
            "field.volunteer.registeredOn", "volunteer.col.hoursTotal", "volunteer.col.hoursYear",
            "field.volunteer.reason");
    /** Bundle keys of the detail's team columns and year columns. */
    static final List<String> TEAM_COLUMN_KEYS = List.of("volunteer.detail.team", "field.teamMember.role",
            "field.teamMember.joinedOn");
    static final List<String> YEAR_COLUMN_KEYS = List.of("volunteer.detail.year", "volunteer.detail.activities",
            "volunteer.detail.hours");

    private final VolunteerService volunteers;
    private final UnitService units;
    private final TeamService teams;
    private final PersonService people;
    private final ObservableList<VolunteerRow> all = FXCollections.observableArrayList();
    private final FilteredList<VolunteerRow> filtered = new FilteredList<>(all);
    private final SortedList<VolunteerRow> shown = new SortedList<>(filtered);
    private final UnitChoices unitChoices = new UnitChoices();
    private final ObservableList<TeamRow> teamChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Unit> unitFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<TeamRow> teamFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<VolunteerStatus> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final ObjectProperty<VolunteerRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<VolunteerDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ObservableList<VolunteerDetail.TeamMembership> detailTeams = FXCollections.observableArrayList();
    private final ObservableList<VolunteerYear> detailYears = FXCollections.observableArrayList();
    private final ExportCommand export = new ExportCommand(this, "export.done");
    /** Volunteers shown before the list is read whole, as on the people list. */
    static final int FIRST_LINES = 100;
    /** Whether every volunteer is read (false while only the first lines are shown). */
    private final BooleanProperty complete = new SimpleBooleanProperty();
    private final StringBinding countText = Bindings.createStringBinding(() -> complete.get()
            ? messages().text("volunteer.count", filtered.size(), all.size())
            : messages().text("volunteer.count.reading", filtered.size()), filtered, all, complete);

    public VolunteerListViewModel(UiContext ctx, VolunteerService volunteers, UnitService units, TeamService teams,
                                  PersonService people) {
        super(ctx);
        this.volunteers = volunteers;
        this.units = units;
        this.teams = teams;
        this.people = people;
        unitFilter.addListener((o, a, b) -> refilter());
        teamFilter.addListener((o, a, b) -> refilter());
        statusFilter.addListener((o, a, b) -> refilter());
        textFilter.addListener((o, a, b) -> refilter());
        selected.addListener((o, a, b) -> {
            if (b == null) {
                showDetail(null);
            } else if (a == null || a.personId() != b.personId()) {
                loadDetail(b.personId());
            }
        });
    }

    public boolean canEdit() {
        return session().can(Permission.VOLUNTEER_EDIT);
    }

    /** This year by the service's clock: the year of the list's second hours column. */
    public int thisYear() {
        return volunteers.today().getYear();
    }

    private record Loaded(List<VolunteerRow> rows, List<Unit> units, List<TeamRow> teams) {
    }

    /**
     * Reads the volunteers, units and teams again, keeping the selection and the filters. The first time, the first
     * {@value #FIRST_LINES} volunteers of the list's order show at once and the others follow, the count saying so.
     */
    public void load() {
        boolean first = all.isEmpty();
        background(p -> new Loaded(first ? volunteers.firstLines(session(), FIRST_LINES)
                : volunteers.list(session(), VolunteerFilter.ALL), units.all(session()), teams.list(session())),
                loaded -> {
                    show(loaded);
                    complete.set(!first);
                    if (first) {
                        background(p -> new Loaded(volunteers.list(session(), VolunteerFilter.ALL), loaded.units(),
                                loaded.teams()), whole -> {
                                    show(whole);
                                    complete.set(true);
                                });
                    }
                });
    }

    private void show(Loaded loaded) {
        Long keep = selected.get() == null ? null : selected.get().personId();
        Long keepTeam = teamFilter.get() == null ? null : teamFilter.get().id();
        unitChoices.refill(loaded.units(), unitFilter);
        teamChoices.setAll(loaded.teams());
        all.setAll(loaded.rows());
        teamFilter.set(teamChoices.stream().filter(t -> keepTeam != null && t.id() == keepTeam).findFirst()
                .orElse(null));
        refilter();
        VolunteerRow again = keep == null ? null
                : all.stream().filter(r -> r.personId() == keep).findFirst().orElse(null);
        selected.set(again);
        if (again != null) {
            loadDetail(again.personId());
        }
    }

    private void loadDetail(long personId) {
        background(p -> volunteers.detail(session(), personId), this::showDetail);
    }

    private void showDetail(VolunteerDetail d) {
        detail.set(d);
        detailTeams.setAll(d == null ? List.of() : d.teams());
        detailYears.setAll(d == null ? List.of() : d.years());
    }

    /** The filter the list applies now. */
    public VolunteerFilter filter() {
        return new VolunteerFilter(unitFilter.get() == null ? null : unitFilter.get().id(),
                teamFilter.get() == null ? null : teamFilter.get().id(), statusFilter.get(), textFilter.get());
    }

    private void refilter() {
        VolunteerFilter f = filter();
        Set<Long> unitIds = unitChoices.subtree(f.unitId());
        filtered.setPredicate(r -> f.matches(r, unitIds));
    }

    /** A unit of the unit filter, indented by its depth in the tree. */
    public String unitLabel(Unit u) {
        return unitChoices.indented(u);
    }

    public List<String> columnHeaders() {
        return COLUMN_KEYS.stream().map(k -> messages().text(k, String.valueOf(thisYear()))).toList();
    }

    public List<Object> cells(VolunteerRow r) {
        var v = r.volunteer();
        return Arrays.asList(r.name(), v.volunteerNo(), r.unitName(), messages().list(r.teamNames()), r.skills(),
                messages().label(v.status()), v.registeredOn(), OneDecimal.of(r.hoursTotal()), OneDecimal.of(r.hoursYear()), v.statusReason());
    }

    public List<String> teamHeaders() {
        return TEAM_COLUMN_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    public List<Object> teamCells(VolunteerDetail.TeamMembership m) {
        return Arrays.asList(m.teamName(), messages().label(m.role()), m.joinedOn());
    }

    public List<String> yearHeaders() {
        return YEAR_COLUMN_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    public List<Object> yearCells(VolunteerYear y) {
        return Arrays.asList(String.valueOf(y.year()), y.activities(), OneDecimal.of(y.hours()));
    }

    /** The title over the selected volunteer's detail: name, number, status; empty when none is selected. */
    public String detailTitle() {
        VolunteerDetail d = detail.get();
        if (d == null) {
            return messages().text("volunteer.detail.none");
        }
        var v = d.row().volunteer();
        return messages().text("volunteer.detail.title", d.row().name(), v.volunteerNo(), v.status(),
                d.row().hoursTotal().toPlainString());
    }

    // ---------------------------------------------------------------- commands

    public VolunteerRegisterViewModel registerForm() {
        return new VolunteerRegisterViewModel(ctx, volunteers, people, this::afterSaved);
    }

    /** The form of a status change of the selected volunteer. */
    public VolunteerStatusViewModel statusForm() {
        return new VolunteerStatusViewModel(ctx, volunteers, selected.get(), this::afterSaved);
    }

    private void afterSaved(String text) {
        setNotice(text);
        load();
    }

    /** The export of what the list shows, in its order. */
    public Job export(Path out) {
        return export.run(out, messages().text("volunteer.export.title"), ExportCommand.columns(columnHeaders(),
                this::cells), shown);
    }

    @Override
    public ExportCommand exports() {
        return export;
    }

    // ---------------------------------------------------------------- properties

    public SortedList<VolunteerRow> rows() {
        return shown;
    }

    /** "显示 X / 共 Y 名志愿者", or, while only the first lines are shown, that the others are being read. */
    public StringBinding countText() {
        return countText;
    }

    /** Whether every volunteer is read (false while only the first lines are shown). */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete;
    }

    public ObjectProperty<VolunteerRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<VolunteerDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ObservableList<VolunteerDetail.TeamMembership> detailTeams() {
        return detailTeams;
    }

    public ObservableList<VolunteerYear> detailYears() {
        return detailYears;
    }

    public ObservableList<Unit> unitChoices() {
        return unitChoices.choices();
    }

    public ObservableList<TeamRow> teamChoices() {
        return teamChoices;
    }

    public ObjectProperty<Unit> unitFilterProperty() {
        return unitFilter;
    }

    public ObjectProperty<TeamRow> teamFilterProperty() {
        return teamFilter;
    }

    public ObjectProperty<VolunteerStatus> statusFilterProperty() {
        return statusFilter;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }
}
