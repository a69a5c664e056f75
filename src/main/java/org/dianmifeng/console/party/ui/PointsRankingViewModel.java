package org.dianmifeng.console.party.ui;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.dianmifeng.console.party.CommunityWorkService;
import org.dianmifeng.console.party.OrgRef;
import org.dianmifeng.console.party.PointsRow;
import org.dianmifeng.console.party.RankingScope;
import org.dianmifeng.console.report.OneDecimal;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/** The points ranking tab: a year, per work-unit branch or per community, the ranked table and its export. */
public final class PointsRankingViewModel extends ViewModel implements Exportable {
    /** Bundle keys of the columns, in the order of {@link #cells(PointsRow)}. */
    static final List<String> COLUMN_KEYS = List.of("work.ranking.rank", "work.ranking.member", "work.ranking.unit",
            "work.ranking.branch", "work.ranking.community", "work.ranking.hours", "work.ranking.hourPoints",
            "work.ranking.bonus", "work.ranking.deductions", "work.ranking.total");

    private final CommunityWorkService service;
    private final List<Integer> years;
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<RankingScope> scope = new SimpleObjectProperty<>(RankingScope.BRANCH);
    private final ObservableList<OrgRef> groups = FXCollections.observableArrayList();
    private final ObjectProperty<OrgRef> group = new SimpleObjectProperty<>();
    private final ObservableList<PointsRow> all = FXCollections.observableArrayList();
    private final SortedList<PointsRow> shown = new SortedList<>(all);
    private final ReadOnlyStringWrapper rule = new ReadOnlyStringWrapper();
    private final ExportCommand export = new ExportCommand(this, "export.done");

    public PointsRankingViewModel(UiContext ctx, CommunityWorkService service) {
        super(ctx);
        this.service = service;
        int now = service.today().getYear();
        years = IntStream.rangeClosed(now - 4, now).boxed().sorted((a, b) -> b - a).toList();
        year.set(now);
        year.addListener((o, a, b) -> loadRows());
        scope.addListener((o, a, b) -> loadGroups());
        group.addListener((o, a, b) -> loadRows());
    }

    /** Reads the groups of the chosen kind and the points setting, then the ranking of the first group. */
    public void load() {
        background(p -> service.pointsPerHour(), rate -> rule.set(messages().text("work.ranking.rule", rate.toPlainString())));
        loadGroups();
    }

    private void loadGroups() {
        RankingScope kind = scope.get();
        background(p -> service.rankingGroups(session(), kind), list -> {
            groups.setAll(list);
            OrgRef first = list.isEmpty() ? null : list.get(0);
            if (first != null && first.equals(group.get())) {
                loadRows();
            } else {
                group.set(first);
                if (first == null) {
                    all.clear();
                }
            }
        });
    }

    private void loadRows() {
        OrgRef g = group.get();
        Integer y = year.get();
        RankingScope kind = scope.get();
        if (g == null || y == null || kind == null) {
            all.clear();
            return;
        }
        background(p -> service.ranking(session(), y, kind, g.id()), all::setAll);
    }

    public List<String> columnHeaders() {
        return COLUMN_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    public List<Object> cells(PointsRow r) {
        return Arrays.asList(r.rank(), r.member().name(), r.member().unitName(), r.member().branchName(),
                r.communityName(), OneDecimal.of(r.hours()), plain(r.hourPoints()), plain(r.bonus()), plain(r.deductions()),
                plain(r.total()));
    }

    private static String plain(BigDecimal v) {
        return v.toPlainString();
    }

    /** Writes exactly the rows the table shows, in its order, to an .xlsx file in the background. */
    public Job export(Path out) {
        String title = messages().text("work.ranking.export.title") + " " + year.get()
                + (group.get() == null ? "" : " " + group.get().name());
        return export.run(out, title, ExportCommand.columns(columnHeaders(), this::cells), shown);
    }

    @Override
    public ExportCommand exports() {
        return export;
    }

    public SortedList<PointsRow> rows() {
        return shown;
    }

    public List<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<RankingScope> scopeProperty() {
        return scope;
    }

    public ObservableList<OrgRef> groups() {
        return groups;
    }

    public ObjectProperty<OrgRef> groupProperty() {
        return group;
    }

    /** How points are counted, with the current points per hour. */
    public ReadOnlyStringProperty ruleProperty() {
        return rule.getReadOnlyProperty();
    }
}
