package org.dianmifeng.console.party.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.party.CommunityRow;
import org.dianmifeng.console.party.GridRow;
import org.dianmifeng.console.party.OrganisationService;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;

/** The communities-and-grids tab: the communities, the grids of the selected one, and their forms. */
public final class CommunityListViewModel extends ViewModel implements Exportable {
    static final List<String> COLUMN_KEYS = List.of("field.community.code", "field.community.name",
            "field.community.street", "org.community.gridCount", "org.community.enrolled");
    static final List<String> GRID_KEYS = List.of("field.grid.name", "field.grid.leaderName", "field.grid.leaderPhone",
            "org.grid.enrolled");

    private final OrganisationService org;
    private final ObservableList<CommunityRow> all = FXCollections.observableArrayList();
    private final FilteredList<CommunityRow> filtered = new FilteredList<>(all);
    private final SortedList<CommunityRow> shown = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<CommunityRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<GridRow> grids = FXCollections.observableArrayList();
    private final ObjectProperty<GridRow> selectedGrid = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty aboutGrids = new javafx.beans.property.SimpleBooleanProperty();
    private final ExportCommand export = new ExportCommand(this, "export.done");

    public CommunityListViewModel(UiContext ctx, OrganisationService org) {
        super(ctx);
        filter.addListener((o, a, b) -> {
            String text = Texts.clean(b);
            filtered.setPredicate(row -> Texts.anyContains(text, row.community().code(), row.community().name(), row.community().street()));
        });
        this.org = org;
        selected.addListener((o, a, b) -> {
            if (!Objects.equals(a == null ? null : a.id(), b == null ? null : b.id())) {
                grids.clear();
                selectedGrid.set(null);
                if (b != null) {
                    loadGrids(b.id());
                }
            }
        });
    }

    public boolean canEdit() {
        return session().can(Permission.PARTY_ORGANISE);
    }

    private record Loaded(List<CommunityRow> communities, List<GridRow> grids) {
    }

    /**
     * Reads the communities and the grids of the selected one in one background read, keeping both selections.
     */
    public void load() {
        reload(() -> { });
    }

    /** {@link #load()}, then {@code then} once the rows are shown. */
    private void reload(Runnable then) {
        Long keep = selected.get() == null ? null : selected.get().id();
        background(p -> new Loaded(org.communities(session()), keep == null ? List.of() : org.grids(session(), keep)),
                loaded -> {
                    all.setAll(loaded.communities());
                    CommunityRow again = keep == null ? null
                            : all.stream().filter(r -> r.id() == keep).findFirst().orElse(null);
                    selected.set(again);
                    if (again != null) {
                        showGrids(loaded.grids());
                    }
                    then.run();
                });
    }

    private void loadGrids(long communityId) {
        background(p -> org.grids(session(), communityId), rows -> {
            if (selected.get() != null && selected.get().id() == communityId) {
                showGrids(rows);
            }
        });
    }

    private void showGrids(List<GridRow> rows) {
        Long keep = selectedGrid.get() == null ? null : selectedGrid.get().id();
        grids.setAll(rows);
        selectedGrid.set(rows.stream().filter(g -> Objects.equals(g.id(), keep)).findFirst().orElse(null));
    }

    public CommunityFormViewModel newForm() {
        aboutGrids.set(false);
        return new CommunityFormViewModel(ctx, org, null, this::afterSaved);
    }

    public CommunityFormViewModel editForm() {
        aboutGrids.set(false);
        return new CommunityFormViewModel(ctx, org, selected.get(), this::afterSaved);
    }

    public GridFormViewModel newGridForm() {
        aboutGrids.set(true);
        return new GridFormViewModel(ctx, org, selected.get(), null, this::afterSaved);
    }

    public GridFormViewModel editGridForm() {
        aboutGrids.set(true);
        return new GridFormViewModel(ctx, org, selected.get(), selectedGrid.get(), this::afterSaved);
    }

    private void afterSaved(String name) {
        setNotice(messages().text("notice.saved", name));
        load();
    }

    public void delete() {
        aboutGrids.set(false);
        CommunityRow row = selected.get();
        act(p -> {
            org.deleteCommunity(session(), row.community());
            return row.name();
        }, this::deletedNotice, this::reload);
    }

    public void deleteGrid() {
        aboutGrids.set(true);
        GridRow row = selectedGrid.get();
        act(p -> {
            org.deleteGrid(session(), row.grid());
            return row.name();
        }, this::deletedNotice, this::reload);
    }

    private String deletedNotice(String name) {
        return messages().text("notice.deleted", name);
    }

    public List<String> columnHeaders() {
        return COLUMN_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    public List<Object> cells(CommunityRow r) {
        return Arrays.asList(r.community().code(), r.name(), r.community().street(), r.gridCount(), r.enrolledCount());
    }

    public List<String> gridHeaders() {
        return GRID_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    public List<Object> gridCells(GridRow r) {
        return Arrays.asList(r.name(), r.grid().leaderName(), r.grid().leaderPhone(), r.enrolledCount());
    }

    public Job export(Path out) {
        return export.run(out, messages().text("org.community.export.title"),
                ExportCommand.columns(columnHeaders(), this::cells), shown);
    }

    @Override
    public ExportCommand exports() {
        return export;
    }

    /** The text the list is filtered by, as typed. */
    public StringProperty filterProperty() {
        return filter;
    }

    public SortedList<CommunityRow> rows() {
        return shown;
    }

    public ObservableList<GridRow> grids() {
        return grids;
    }

    public ObjectProperty<CommunityRow> selectedProperty() {
        return selected;
    }

    /**
     * Whether the last command was about grids (add, edit, delete a grid): its notice or refusal then shows under the
     * grid buttons, where the user looks, and not above the communities.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty aboutGridsProperty() {
        return aboutGrids;
    }

    public ObjectProperty<GridRow> selectedGridProperty() {
        return selectedGrid;
    }
}
