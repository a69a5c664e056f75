package org.dianmifeng.console.summary.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.summary.SummaryService;
import org.dianmifeng.console.summary.YearFigures;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitService;
import org.dianmifeng.console.unit.UnitOrder;

/**
 * The home screen: the figures of the chosen year (by default this year) for the whole company or a chosen unit
 * and the units below it, as key figure tiles and chart series. Counts only, so every role sees it. The figures
 * are the ones the annual summary prints ({@link SummaryService}), read in the background in two reads: first all
 * but the year's service ({@link SummaryService#first}: people, teams, party, cases, honours, each cheap), then the
 * sums over the year's service records ({@link SummaryService#service}: the members' community service and the
 * volunteer work, a scan of the year) on the lane beside the window's worker
 * ({@link org.dianmifeng.console.ui.TaskRunner#runBeside}), so that what the person asks next does not wait for it.
 * Until the sums come their tiles are {@link Tile#pending}, never a 0; if their read fails, the tiles hold its
 * message.
 */
public final class DashboardViewModel extends ViewModel {
    /**
     * A key figure: its label and its value as shown; a sum of the year's service records has no value while it is
     * read ({@link #pending}) and, if the read failed, the message of the failure instead.
     */
    public record Tile(String id, String label, String value, String failure) {
        /** Its value is still being read. */
        public boolean pending() {
            return value == null && failure == null;
        }
    }

    /** One bar or slice of a chart. */
    public record Bar(String label, int value) {
    }

    private final SummaryService summary;
    private final UnitService units;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final Map<Long, UnitOrder.Entry> unitEntries = new HashMap<>();
    private final ObjectProperty<Integer> year;
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    private final ObservableList<Unit> unitChoices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<YearFigures.First> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper volunteeringNote = new ReadOnlyStringWrapper("");
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<Bar> honours = FXCollections.observableArrayList();
    private final ObservableList<Bar> grades = FXCollections.observableArrayList();
    private final ObservableList<Bar> cases = FXCollections.observableArrayList();
    private final ObservableList<Bar> people = FXCollections.observableArrayList();
    private int loads;
    /** The sums of the year being read beside the worker: a later load drops it if it has not started. */
    private Job serviceRead;
    /** Choices are being refilled: the choosers' passing changes read nothing. */
    private boolean refilling;

    public DashboardViewModel(UiContext ctx, SummaryService summary, UnitService units) {
        super(ctx);
        this.summary = summary;
        this.units = units;
        int now = summary.currentYear();
        years.add(now);
        this.year = new SimpleObjectProperty<>(now);
        year.addListener((o, a, b) -> reload());
        unit.addListener((o, a, b) -> reload());
    }

    private record Choices(List<Unit> units, List<Integer> years, YearFigures.First figures) {
    }

    /**
     * Reads the units to choose from (in the order of the company tree, {@link UnitOrder}), the years (those
     * with data and this year, {@link SummaryService#years}) and, in the same background work, the first figures of
     * the year and unit chosen (this year, the whole company): they show in one round trip; the year's sums follow.
     */
    public void start() {
        Integer y = year.get();
        Unit u = unit.get();
        int load = ++loads;
        background(p -> new Choices(units.all(session()), summary.years(),
                y == null ? null : summary.first(session(), y, code(u))), c -> {
            refilling = true;
            try {
                Integer keepYear = year.get();
                Unit keepUnit = unit.get();
                years.setAll(c.years());
                List<UnitOrder.Entry> order = UnitOrder.depthFirst(c.units());
                unitEntries.clear();
                order.forEach(e -> unitEntries.put(e.unit().id(), e));
                unitChoices.setAll(order.stream().map(UnitOrder.Entry::unit).toList());
                year.set(keepYear);
                unit.set(keepUnit == null ? null : unitChoices.stream().filter(x -> x.id().equals(keepUnit.id()))
                        .findFirst().orElse(null));
            } finally {
                refilling = false;
            }
            boolean same = Objects.equals(year.get(), y) && (unit.get() == null ? u == null
                    : u != null && unit.get().id().equals(u.id()));
            if (load != loads) {
                return; // a choice made meanwhile is loading its own figures
            }
            if (same && c.figures() != null) {
                show(load, c.figures(), u);
            } else {
                load();
            }
        });
    }

    private void reload() {
        if (!refilling) {
            load();
        }
    }

    /** A unit as the chooser lists it: indented under the unit above it ({@link UnitOrder.Entry#indentedName}). */
    public String unitLabel(Unit u) {
        UnitOrder.Entry e = unitEntries.get(u.id());
        return e == null ? u.name() : e.indentedName();
    }

    /**
     * Reads the figures of the chosen year and unit, the first ones then the year's sums; a later choice wins over an
     * earlier one still loading.
     */
    public void load() {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        Unit u = unit.get();
        int load = ++loads;
        background(p -> summary.first(session(), y, code(u)), f -> {
            if (load == loads) {
                show(load, f, u);
            }
        });
    }

    private static String code(Unit u) {
        return u == null ? null : u.code();
    }

    /** Shows the first figures, the tiles of the year's sums pending, and reads those sums beside the worker. */
    private void show(int load, YearFigures.First f, Unit u) {
        showTiles(f, null, null);
        if (serviceRead != null) {
            serviceRead.cancel(); // an earlier choice's sums, if still waiting to start
        }
        serviceRead = ctx.runner().runBeside(p -> summary.service(session(), f.year(), code(u)), s -> {
            if (load == loads) {
                showTiles(f, s, null);
            }
        }, e -> {
            if (load == loads) {
                showTiles(f, null, messages().describe(e));
            }
        });
        showCharts(f);
    }

    /**
     * The tiles of the first figures {@code f} and of the year's sums {@code s}: pending while null, holding the
     * {@code failure} if their read failed.
     */
    private void showTiles(YearFigures.First f, YearFigures.Service s, String failure) {
        figures.set(f);
        tiles.setAll(
                tile("people", "dashboard.tile.people", f.people().total()),
                tile("volunteers", "dashboard.tile.volunteers", f.people().volunteers()),
                tile("teams", "dashboard.tile.teams", f.teams().active()),
                tile("enrolled", "dashboard.tile.enrolled", f.party().enrolled()),
                sum("hours", "dashboard.tile.hours", s, failure, x -> hours(x.party().serviceHours())),
                tile("cases", "dashboard.tile.cases", f.cases().open()),
                tile("honours", "dashboard.tile.honours", f.honours().total()),
                sum("activitiesHeld", "dashboard.tile.activitiesHeld", s, failure,
                        x -> String.valueOf(x.volunteering().activities())),
                sum("volunteersServing", "dashboard.tile.volunteersServing", s, failure,
                        x -> String.valueOf(x.volunteering().volunteers())),
                sum("approvedHours", "dashboard.tile.approvedHours", s, failure,
                        x -> hours(x.volunteering().hours())));
        volunteeringNote.set(s == null || s.volunteering().any() ? ""
                : messages().text("dashboard.volunteering.none", String.valueOf(f.year())));
    }

    private void showCharts(YearFigures.First f) {
        List<Bar> h = new ArrayList<>();
        for (HonourLevel l : HonourLevel.values()) {
            h.add(new Bar(messages().label(l), f.honours().byLevel().get(l)));
        }
        honours.setAll(h);
        List<Bar> g = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            g.add(new Bar(messages().label(grade), f.party().confirmedByGrade().get(grade)));
        }
        g.add(new Bar(messages().text("dashboard.notConfirmed"), f.party().notConfirmed()));
        grades.setAll(g);
        List<Bar> c = new ArrayList<>();
        for (AidCaseStatus s : AidCaseStatus.values()) {
            int n = f.cases().byStatus().get(s);
            if (n > 0) {
                c.add(new Bar(messages().label(s), n));
            }
        }
        cases.setAll(c);
        List<Bar> p = new ArrayList<>();
        for (PoliticalStatus s : PoliticalStatus.values()) {
            p.add(new Bar(messages().label(s), f.people().byStatus().get(s)));
        }
        people.setAll(p);
    }

    private Tile tile(String id, String key, int value) {
        return new Tile(id, messages().text(key), String.valueOf(value), null);
    }

    /** A tile of the year's sums: pending while {@code s} is null and nothing failed. */
    private Tile sum(String id, String key, YearFigures.Service s, String failure,
                     Function<YearFigures.Service, String> value) {
        return new Tile(id, messages().text(key), s == null ? null : value.apply(s), s == null ? failure : null);
    }

    private static String hours(BigDecimal hours) {
        return hours.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** The title above the tiles: the year and the unit (or the whole company). */
    public String heading(YearFigures.First f) {
        return messages().text("dashboard.heading", String.valueOf(f.year()),
                f.unitName() == null ? messages().text("summary.allUnits") : f.unitName());
    }

    /** The years to choose from, newest first: this year until {@link #start} has read those with data. */
    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** The chosen unit; null: the whole company. */
    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ObservableList<Unit> unitChoices() {
        return unitChoices;
    }

    /** The first figures shown (the year's sums are in the {@link #tiles}). */
    public ReadOnlyObjectProperty<YearFigures.First> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /**
     * What the dashboard says under the tiles about the year's volunteer work once summed: that none was approved in
     * the year (so that the zeros of its tiles read as an empty year, not as missing data), or empty.
     */
    public ReadOnlyStringProperty volunteeringNoteProperty() {
        return volunteeringNote.getReadOnlyProperty();
    }

    public ObservableList<Tile> tiles() {
        return tiles;
    }

    public ObservableList<Bar> honours() {
        return honours;
    }

    public ObservableList<Bar> grades() {
        return grades;
    }

    /** Aid cases by status; statuses without a case are left out (a pie shows no empty slice). */
    public ObservableList<Bar> cases() {
        return cases;
    }

    public ObservableList<Bar> people() {
        return people;
    }
}
