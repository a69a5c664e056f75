package org.dianmifeng.console.party.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.party.BranchRow;
import org.dianmifeng.console.party.CommunityRow;
import org.dianmifeng.console.party.OrganisationService;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitService;

/** The branches tab: the branches the session may see, with add, edit and delete for those who organise. */
public final class BranchListViewModel extends ViewModel implements Exportable {
    static final List<String> COLUMN_KEYS = List.of("field.branch.code", "field.branch.name", "field.branch.kind",
            "org.branch.belongsTo", "field.branch.secretaryName", "field.branch.secretaryAccount", "org.branch.memberCount");

    private final OrganisationService org;
    private final UnitService units;
    private final ObservableList<BranchRow> all = FXCollections.observableArrayList();
    private final FilteredList<BranchRow> filtered = new FilteredList<>(all);
    private final SortedList<BranchRow> shown = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<BranchRow> selected = new SimpleObjectProperty<>();
    private final ExportCommand export = new ExportCommand(this, "export.done");
    private List<Unit> unitChoices = List.of();
    private List<CommunityRow> communityChoices = List.of();
    private List<Account> accountChoices = List.of();

    public BranchListViewModel(UiContext ctx, OrganisationService org, UnitService units) {
        super(ctx);
        filter.addListener((o, a, b) -> {
            String text = Texts.clean(b);
            filtered.setPredicate(row -> Texts.anyContains(text, row.branch().code(), row.branch().name(), row.unitName(), row.communityName(),
                        row.branch().secretaryName(), row.secretaryUsername(), messages().label(row.branch().kind())));
        });
        this.org = org;
        this.units = units;
    }

    public boolean canEdit() {
        return session().can(Permission.PARTY_ORGANISE);
    }

    private record Loaded(List<BranchRow> branches, List<Unit> units, List<CommunityRow> communities,
                          List<Account> accounts) {
    }

    public void load() {
        boolean edit = canEdit();
        background(p -> new Loaded(org.branches(session()), edit ? units.all(session()) : List.of(),
                org.communities(session()), edit ? org.secretaryAccounts(session()) : List.of()), loaded -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            unitChoices = loaded.units();
            communityChoices = loaded.communities();
            accountChoices = loaded.accounts();
            all.setAll(loaded.branches());
            selected.set(keep == null ? null : all.stream().filter(r -> r.id() == keep).findFirst().orElse(null));
        });
    }

    public BranchFormViewModel newForm() {
        return new BranchFormViewModel(ctx, org, unitChoices, communityChoices, accountChoices, null, this::afterSaved);
    }

    public BranchFormViewModel editForm() {
        return new BranchFormViewModel(ctx, org, unitChoices, communityChoices, accountChoices, selected.get(),
                this::afterSaved);
    }

    private void afterSaved(String name) {
        setNotice(messages().text("notice.saved", name));
        load();
    }

    public void delete() {
        BranchRow row = selected.get();
        act(p -> {
            org.deleteBranch(session(), row.branch());
            return row;
        }, deleted -> messages().text("notice.deleted", deleted.name()), this::load);
    }

    public List<String> columnHeaders() {
        return COLUMN_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    public List<Object> cells(BranchRow r) {
        return Arrays.asList(r.branch().code(), r.name(), messages().label(r.branch().kind()), r.belongsTo(),
                r.branch().secretaryName(), r.secretaryUsername(), r.memberCount());
    }

    public Job export(Path out) {
        return export.run(out, messages().text("org.branch.export.title"),
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

    public SortedList<BranchRow> rows() {
        return shown;
    }

    public ObjectProperty<BranchRow> selectedProperty() {
        return selected;
    }
}
