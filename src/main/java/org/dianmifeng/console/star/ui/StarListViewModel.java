package org.dianmifeng.console.star.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
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
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.report.OneDecimal;
import org.dianmifeng.console.report.PageSetup;
import org.dianmifeng.console.star.StarLevel;
import org.dianmifeng.console.star.StarNoticeReport;
import org.dianmifeng.console.star.StarRow;
import org.dianmifeng.console.star.StarService;
import org.dianmifeng.console.star.StarState;
import org.dianmifeng.console.star.WorkingDays;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/**
 * 星级评定: every star level, filtered by state and by text (name, volunteer number, unit, team) as you type; for
 * roles with {@link Permission#STAR_GRANT}: find the newly reached levels, put the chosen ones on public notice,
 * grant them after it, withdraw one with a reason; a person's history (the list narrowed to their volunteer number);
 * the notice list to post and the Excel export of what the list shows; the thresholds for the administrator.
 */
public final class StarListViewModel extends ViewModel implements Exportable {
    static final List<String> COLUMN_KEYS = List.of("star.col.name", "star.col.volunteerNo", "star.col.unit",
            "star.col.teams", "star.col.stars", "star.col.hoursAt", "star.col.reachedOn", "star.col.total",
            "star.col.state", "star.col.notice", "star.col.grantedOn", "star.col.note");

    private final StarService stars;
    private final StarNoticeReport notice;
    private final ObservableList<StarRow> all = FXCollections.observableArrayList();
    private final FilteredList<StarRow> filtered = new FilteredList<>(all);
    private final SortedList<StarRow> shown = new SortedList<>(filtered);
    private final ObjectProperty<StarState> stateFilter = new SimpleObjectProperty<>();
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final ObservableList<StarRow> chosen = FXCollections.observableArrayList();
    private final ExportCommand export = new ExportCommand(this, "export.done");
    private final ExportCommand noticeList = new ExportCommand(this, "star.noticeList.written");

    public StarListViewModel(UiContext ctx, StarService stars, StarNoticeReport notice) {
        super(ctx);
        this.stars = stars;
        this.notice = notice;
        stateFilter.addListener((o, a, b) -> refilter());
        textFilter.addListener((o, a, b) -> refilter());
    }

    public boolean canGrant() {
        return session().can(Permission.STAR_GRANT);
    }

    public boolean canSetThresholds() {
        return session().can(Permission.SETTINGS_MANAGE);
    }

    /**
     * Reads every level again, keeping the filters and the chosen rows, as now stored, that the list still shows (a
     * level whose new state the state filter hides is no longer chosen; the commands follow the new states). A filter
     * changed keeps the chosen rows it still shows too.
     */
    public void load() {
        background(p -> stars.list(session(), null), rows -> {
            Set<Long> kept = new HashSet<>(chosenIds());
            all.setAll(rows);
            refilter(kept);
        });
    }

    private void refilter() {
        refilter(new HashSet<>(chosenIds()));
    }

    /** Filters the rows and chooses again those of the levels {@code kept} that the list still shows. */
    private void refilter(Set<Long> kept) {
        StarState state = stateFilter.get();
        String text = Texts.clean(textFilter.get());
        filtered.setPredicate(r -> (state == null || r.level().state() == state)
                && (text == null || Texts.anyContains(text, r.name(), r.volunteerNo(), r.unitName(), r.teams())));
        chosen.setAll(shown.stream().filter(r -> kept.contains(r.id())).toList());
    }

    public List<String> columnHeaders() {
        return COLUMN_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    public List<Object> cells(StarRow r) {
        StarLevel l = r.level();
        String period = l.noticeFrom() == null ? null
                : messages().text("star.notice.period", PageSetup.date(l.noticeFrom()), PageSetup.date(l.noticeUntil()));
        return Arrays.asList(r.name(), r.volunteerNo(), r.unitName(), r.teams(), messages().text("star.stars", l.stars()),
                OneDecimal.of(l.hoursAt()), l.reachedOn(), OneDecimal.of(r.totalHours()), messages().label(l.state()), period, l.grantedOn(), l.note());
    }

    // ---------------------------------------------------------------- commands

    /** Finds the levels reached since the last time and shows them. */
    public void findReached() {
        act(p -> stars.findReached(session()), n -> messages().text("star.found", n), this::load);
    }

    /** The first day of a notice put up today: today. */
    public LocalDate noticeStart() {
        return stars.today();
    }

    /** The form that puts the chosen levels on public notice, from the first working day it may start. */
    public NoticeFormViewModel noticeForm() {
        return new NoticeFormViewModel(ctx, stars, chosenIds(), noticeStart(), saved -> {
            LocalDate until = saved.get(0).noticeUntil();
            setNotice(messages().text("star.noticed", saved.size(), PageSetup.date(until),
                    PageSetup.date(stars.workingDays().firstAfter(until))));
            load();
        });
    }

    /** Grants the chosen levels (the view asks first). */
    public void grant() {
        List<Long> ids = chosenIds();
        act(p -> stars.grant(session(), ids), saved -> messages().text("star.granted", saved.size()), this::load);
    }

    /** Withdraws the one chosen level with {@code reason}. */
    public void withdraw(String reason) {
        StarRow row = chosen.get(0);
        act(p -> stars.withdraw(session(), row.id(), reason),
                saved -> messages().text("star.withdrawn", row.name(), saved.stars()), this::load);
    }

    /** Narrows the list to the chosen volunteer's levels, of every state: their history. */
    public void showHistory() {
        StarRow row = chosen.get(0);
        stateFilter.set(null);
        textFilter.set(row.volunteerNo() == null ? row.name() : row.volunteerNo());
    }

    /** Writes the notice list of the levels on notice (the chosen ones, if any are on notice) to {@code out}. */
    public Job writeNoticeList(Path out) {
        List<Long> ids = chosen.stream().filter(r -> r.level().state() == StarState.NOTICE).map(StarRow::id).toList();
        return noticeList.write(out, p -> notice.write(session(), ids.isEmpty() ? null : ids, out, messages(), p)
                .result());
    }

    /** The form of the thresholds: when saved, the screen says so and reads its levels again. */
    public StarThresholdsFormViewModel thresholdsForm() {
        return new StarThresholdsFormViewModel(ctx, stars, saved -> {
            setNotice(messages().text("star.settings.saved"));
            load();
        });
    }

    /** The form of the working days of a notice: when saved, the screen says so and reads its levels again. */
    public WorkingDaysFormViewModel workingDaysForm() {
        return new WorkingDaysFormViewModel(ctx, stars, saved -> {
            setNotice(messages().text("star.workdays.saved", saved.holidays().size(), saved.workedWeekends().size()));
            load();
        });
    }

    private List<Long> chosenIds() {
        return chosen.stream().map(StarRow::id).toList();
    }

    @Override
    public Job export(Path out) {
        return export.run(out, messages().text("star.export.title"), ExportCommand.columns(columnHeaders(), this::cells),
                shown);
    }

    @Override
    public ExportCommand exports() {
        return export;
    }

    // ---------------------------------------------------------------- properties

    public SortedList<StarRow> rows() {
        return shown;
    }

    /** The rows chosen in the list (the view keeps it equal to the table's selection). */
    public ObservableList<StarRow> chosen() {
        return chosen;
    }

    public ObjectProperty<StarState> stateFilterProperty() {
        return stateFilter;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    /** Whether every chosen level is in {@code state} (and at least one is chosen). */
    public boolean allChosenAre(StarState state) {
        return !chosen.isEmpty() && chosen.stream().allMatch(r -> r.level().state() == state);
    }
}
