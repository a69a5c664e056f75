package org.dianmifeng.console.volunteer.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitService;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;
import org.dianmifeng.console.volunteer.TeamMember;
import org.dianmifeng.console.volunteer.TeamMemberRole;
import org.dianmifeng.console.volunteer.TeamRow;
import org.dianmifeng.console.volunteer.TeamService;

/**
 * The teams screen: the list filtered as you type over name, brand, unit and kind, a kind filter, and
 * the members of the selected team with the commands add, change role and remove.
 */
public final class TeamListViewModel extends ViewModel implements Exportable {
    /** Bundle keys of the team columns, in the order of {@link #cells(TeamRow)}. */
    static final List<String> COLUMN_KEYS = List.of("field.team.name", "field.team.kind", "field.team.unit",
            "field.team.leader", "field.team.foundedOn", "field.team.brand", "team.memberCount", "team.status");
    /** Bundle keys of the member columns, in the order of {@link #memberCells(TeamMember)}. */
    static final List<String> MEMBER_COLUMN_KEYS = List.of("field.teamMember.person", "team.member.unit",
            "field.teamMember.role", "field.teamMember.joinedOn");

    private final TeamService teams;
    private final UnitService units;
    private final PersonService people;
    private final ObservableList<TeamRow> all = FXCollections.observableArrayList();
    private final FilteredList<TeamRow> filtered = new FilteredList<>(all);
    private final SortedList<TeamRow> shown = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<TeamKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<TeamRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<TeamMember> members = FXCollections.observableArrayList();
    private final ObjectProperty<TeamMember> selectedMember = new SimpleObjectProperty<>();
    private final ExportCommand export = new ExportCommand(this, "export.done");
    private List<Unit> unitChoices = List.of();

    public TeamListViewModel(UiContext ctx, TeamService teams, UnitService units, PersonService people) {
        super(ctx);
        this.teams = teams;
        this.units = units;
        this.people = people;
        filter.addListener((o, a, b) -> refilter());
        kindFilter.addListener((o, a, b) -> refilter());
        selected.addListener((o, a, b) -> {
            if (!sameTeam(a, b)) {
                members.clear();
                selectedMember.set(null);
                if (b != null) {
                    loadMembers();
                }
            }
        });
    }

    public boolean canEdit() {
        return session().can(Permission.TEAM_EDIT);
    }

    private record Loaded(List<TeamRow> teams, List<Unit> units) {
    }

    /** Reads the teams and the units again, keeping the selection. */
    public void load() {
        background(p -> new Loaded(teams.list(session()), units.all(session())), loaded -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            unitChoices = loaded.units();
            all.setAll(loaded.teams());
            TeamRow again = keep == null ? null : all.stream().filter(r -> r.id() == keep).findFirst().orElse(null);
            boolean same = sameTeam(selected.get(), again);
            selected.set(again);
            if (same && again != null) {
                loadMembers();
            }
        });
    }

    private void loadMembers() {
        TeamRow team = selected.get();
        background(p -> teams.members(session(), team.id()), list -> {
            if (selected.get() != null && selected.get().id() == team.id()) {
                Long keep = selectedMember.get() == null ? null : selectedMember.get().id();
                members.setAll(list);
                selectedMember.set(list.stream().filter(m -> m.id().equals(keep)).findFirst().orElse(null));
            }
        });
    }

    private void refilter() {
        String text = Texts.clean(filter.get());
        TeamKind kind = kindFilter.get();
        filtered.setPredicate(row -> (kind == null || row.team().kind() == kind)
                && Texts.anyContains(text, row.name(), row.team().brand(), row.unitName(),
                        messages().label(row.team().kind())));
    }

    public TeamFormViewModel newTeamForm() {
        return new TeamFormViewModel(ctx, teams, people, unitChoices, null, this::afterTeamSaved);
    }

    public TeamFormViewModel editTeamForm() {
        return new TeamFormViewModel(ctx, teams, people, unitChoices, selected.get(), this::afterTeamSaved);
    }

    private void afterTeamSaved(Team saved) {
        setNotice(messages().text("notice.saved", saved.name()));
        load();
    }

    /** Deactivates the selected team, or activates it again. */
    public void toggleActive() {
        TeamRow row = selected.get();
        background(p -> teams.setActive(session(), row.team(), !row.team().active()), this::afterTeamSaved);
    }

    public TeamMemberFormViewModel newMemberForm() {
        return new TeamMemberFormViewModel(ctx, teams, people, selected.get(), saved -> {
            setNotice(messages().text("notice.saved", saved.person().name()));
            load();
        });
    }

    public void changeRole(TeamMemberRole role) {
        TeamMember member = selectedMember.get();
        background(p -> teams.changeRole(session(), member, role), saved -> {
            setNotice(messages().text("notice.saved", saved.person().name()));
            load();
        });
    }

    public void removeMember() {
        TeamMember member = selectedMember.get();
        background(p -> {
            teams.removeMember(session(), member);
            return member;
        }, removed -> {
            setNotice(messages().text("team.member.removed", removed.person().name()));
            load();
        });
    }

    /** The column headers of the team list, in the user's language. */
    public List<String> columnHeaders() {
        return COLUMN_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    /** One row of the team list as its cells show it, in the order of {@link #columnHeaders()}. */
    public List<Object> cells(TeamRow row) {
        return Arrays.asList(row.name(), messages().label(row.team().kind()), row.unitName(),
                row.leader() == null ? null : row.leader().name(), row.team().foundedOn(), row.team().brand(),
                row.memberCount(), status(row));
    }

    public String status(TeamRow row) {
        return messages().text(row.team().active() ? "team.active" : "team.inactive");
    }

    public List<String> memberColumnHeaders() {
        return MEMBER_COLUMN_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    public List<Object> memberCells(TeamMember m) {
        return Arrays.asList(m.person().name(), m.person().unitName(), messages().label(m.role()), m.joinedOn());
    }

    /**
     * Writes exactly the teams the list shows (filtered and in the table's order) with the table's
     * columns to an .xlsx file, in the background; the job reports progress and can be cancelled.
     */
    public Job export(Path out) {
        return export.run(out, messages().text("team.export.title"), ExportCommand.columns(columnHeaders(), this::cells), shown);
    }

    @Override
    public ExportCommand exports() {
        return export;
    }

    /** The teams as the table shows them: filtered, and sorted as the table's comparator says. */
    public SortedList<TeamRow> rows() {
        return shown;
    }

    public ObservableList<TeamMember> members() {
        return members;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<TeamKind> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<TeamRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<TeamMember> selectedMemberProperty() {
        return selectedMember;
    }

    private static boolean sameTeam(TeamRow a, TeamRow b) {
        return Objects.equals(a == null ? null : a.id(), b == null ? null : b.id());
    }
}
